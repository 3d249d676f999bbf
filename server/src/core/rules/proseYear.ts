import { t } from '../l10n';
import type { Rule } from './rule';
import { paragraphRange } from './proseParagraphs';
import { matchesIn } from '../text/matches';

/**
 * Sentences that open with the year as their own: `2022年，我局…`, `本单位2022年度…`.
 * A year elsewhere in a sentence is usually a reference (`较2022年`,
 * `自2022年1月1日起`, `2023 年度部门决算`) and is not looked at, nor is one
 * followed by 以来, 起, 底, a date or 的.
 */
const OWN_YEAR = [
  // The sentence start is looked behind after the first characters, not before them:
  // a pattern that opens with a literal is searched for quickly, one that opens with a lookbehind is tried at every character.
  /(20\d\d)(?<=(?:^|[。；！？])\d{4})[ \u3000]?年度?[，,][ \u3000]?(?=我|本|全)/g,
  /[我本](?<=(?:^|[。；！？])[我本])(?:单位|机关|部门|局|区|市|县|委|办|厅|院|镇|街道)[ \u3000]?(20\d\d)[ \u3000]?年度?(?![\d以起底末至初前后来的])/g,
];

/**
 * A report on year N whose own-year statements name an earlier year: the mark
 * of text carried over from last year's report. Later years are plans (`2025年，
 * 我们将…`) and never reported; so is anything that reads as a reference.
 */
export const proseYear: Rule = {
  id: 'prose-year',
  title: { zh: '正文年份与报告年度不符', en: 'Prose names another year' },
  defaultSeverity: 'warning',
  fix: 'none',
  description: {
    zh: '报告年度为 N 年，正文却以更早的年份叙述本年度工作（在 2023 年度报告中写“2022年，我局……”“本单位2022年度……”），多半是照搬上一年度报告未改。只检查以年份开头、叙述本单位本年工作的句子；“较2022年”“2022年以来”“自2019年起”、日期区间、第五部分对下一年的计划等引用其他年份的写法不报告。',
    en: 'A report on year N whose sentences about the year’s own work name an earlier year (`2022年，我局…` or `本单位2022年度…` in a report on 2023) most likely kept text from last year’s report. Only sentences that open with the year and speak of the agency’s own work are checked; references to other years (`较2022年`, `2022年以来`, `自2019年起`, date ranges, plans for the next year) are left alone.',
  },
  check(ctx) {
    const year = ctx.report.year?.value;
    if (year === undefined) return;
    for (const paragraph of ctx.paragraphs) {
      for (const m of OWN_YEAR.flatMap((pattern) => matchesIn(paragraph.text, pattern))) {
        const stated = Number(m[1]);
        if (stated >= year) continue;
        const start = m.index + m[0].indexOf(m[1]);
        ctx.add({
          range: paragraphRange(paragraph, start, start + m[1].length),
          message: t('This report is on {0}, but this sentence tells of {1} as its own year: is it left from last year’s report?', year, stated),
        });
      }
    }
  },
};
