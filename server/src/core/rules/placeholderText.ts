import { t } from '../l10n';
import type { Rule } from './rule';
import { matchesIn } from '../text/matches';

/**
 * What templates leave for the drafter to fill: `（文字描述）`, `XXXX年`,
 * `XX区`/`××局`, `【单位名称】`. An `XX` touching letters, digits or URL
 * punctuation is part of a word (`zfxxgk`, `www.xx.gov.cn`), not a blank.
 */
const PLACEHOLDER = new RegExp(
  [
    '[（(]文字描述[）)]',
    '【[^】]{0,12}(?:名称|填写|填入|数字|年份|日期|XX|××|xx)[^】]{0,12}】|【[ \\u3000]*】',
    '(?<![A-Za-z0-9./:@_-])(?:XX+|xx+|ＸＸ+|××+)(?![A-Za-z0-9./:@_-])',
  ].join('|'),
  'g',
);
/** What every placeholder above holds: a cheap test before the search. */
const MAY_HOLD_PLACEHOLDER = /文字描述|【|XX|xx|ＸＸ|××/;

export const placeholderText: Rule = {
  id: 'placeholder-text',
  title: { zh: '模板占位文字未替换', en: 'Template placeholder left in' },
  defaultSeverity: 'warning',
  fix: 'none',
  description: {
    zh: '报告中留有模板的占位文字：“（文字描述）”、“XXXX年”、“XX区”“××局”中的 XX/××、“【单位名称】”这类方括号空白。应替换为实际内容。网址、英文单词中的 xx 不算。',
    en: 'Template text left in the report: `（文字描述）`, `XXXX年`, the XX/×× of `XX区` or `××局`, blanks in square brackets such as `【单位名称】`. Replace them with the real content. An xx inside a web address or a word is not one.',
  },
  check(ctx) {
    // Most reports hold none of a placeholder's characters: one look at the whole text, not one a line.
    if (!MAY_HOLD_PLACEHOLDER.test(ctx.report.lines.text)) return;
    ctx.report.lines.lines.forEach((text, line) => {
      // Nearly every line has none of a placeholder's characters: those are not searched.
      if (!MAY_HOLD_PLACEHOLDER.test(text)) return;
      for (const m of matchesIn(text, PLACEHOLDER)) {
        const start = m.index;
        ctx.add({
          range: { start: { line, character: start }, end: { line, character: start + m[0].length } },
          message: t('“{0}” is template text waiting to be filled in', m[0]),
        });
      }
    });
  },
};
