import { t } from '../l10n';
import type { Report, Section } from '../model/report';
import type { Rule } from './rule';
import { sectionBodyText } from './sectionBody';

/** Characters in a run that counts as the same text: long enough that set phrases alone rarely make one. */
const RUN = 8;
/** A section this much the same as last year's report is worth a look. */
const THRESHOLD = 0.6;
/** Shorter sections (`无。`, a sentence or two) are the same every year by nature. */
const MIN_LENGTH = 50;

/** A section's running text, blanks dropped and every number written as 0, so updated figures do not hide a copied sentence. */
function sectionText(report: Report, section: Section): string {
  const text = section.inlineBody
    ? sectionBodyText(report, section).join('')
    : report.proseLines.filter((l) => l > section.startLine && l <= section.endLine).map((l) => report.lines.lines[l]).join('');
  return text.replace(/[\s\u3000]/g, '').replace(/\d+(?:\.\d+)?/g, '0');
}

function runsOf(text: string): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= text.length; i++) runs.add(text.slice(i, i + RUN));
  return runs;
}

/** The share of `text`'s characters that lie in a run `known` holds too. */
function sharedShare(text: string, known: Set<string>): number {
  const covered = new Uint8Array(text.length);
  for (let i = 0; i + RUN <= text.length; i++) if (known.has(text.slice(i, i + RUN))) covered.fill(1, i, i + RUN);
  return covered.reduce((n, c) => n + c, 0) / text.length;
}

/**
 * How much of each section's text is last year's, word for word: reviewers
 * read such a section for what was not updated. Information only, on the
 * section's heading; text may stay because it is still true.
 */
export const copiedText: Rule = {
  id: 'copied-text',
  title: { zh: '与上年报告文字相同', en: 'Same text as last year' },
  defaultSeverity: 'information',
  fix: 'none',
  description: {
    zh: '某一部分的文字有 60% 以上与上一年度报告相同（按连续 8 个字相同计算，数字的变化不计），在该部分标题处提示，便于审核是否照搬上年内容、漏改情况。同一文件夹中有本机关上一年度报告时检查；少于 50 字的部分不检查。',
    en: 'When 60 % or more of a section’s text is the same as last year’s report (runs of 8 characters alike, changed figures ignored), its heading says so, so a reviewer can look for what was not updated. Checked when last year’s report of the same agency is in the same folder; sections under 50 characters are left alone.',
  },
  check(ctx) {
    const { previous, report } = ctx;
    if (!previous) return;
    const known = runsOf(previous.report.sections.map((s) => sectionText(previous.report, s)).join(''));
    for (const section of report.sections) {
      const text = sectionText(report, section);
      if (text.length < MIN_LENGTH) continue;
      const share = sharedShare(text, known);
      if (share < THRESHOLD) continue;
      const lastYear = previous.report.sections.find((s) => s.id === section.id);
      ctx.add({
        range: section.heading.range,
        message: t('About {0}% (computed) of this section’s text is the same as in last year’s report ({1})', Math.round(share * 100), previous.name),
        related: lastYear ? [{ range: lastYear.heading.range, message: lastYear.heading.text, file: previous.file }] : [],
      });
    }
  },
};
