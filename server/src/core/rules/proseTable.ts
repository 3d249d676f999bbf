import { t } from '../l10n';
import { REVIEW_COLUMNS } from '../model/schema';
import type { Rule } from './rule';
import { computed } from '../tables/describe';
import { formatNumber } from '../tables/numbers';

/** `被申请行政复议1件`, `被提起行政诉讼2起`: a kind of case, a few words at most, a count. */
const CASES = /(行政复议|行政诉讼)([^\d，。；、,;]{0,4}?)(\d+)[ \u3000]?(件|起|次|宗|个)/g;

/**
 * Figures stated in prose must agree with 表四: the number of 行政复议 with its
 * 总计, the number of 行政诉讼 with the two litigation groups' 总计 together.
 */
export const proseTable: Rule = {
  id: 'prose-table',
  title: { zh: '正文与表格不符', en: 'Prose disagrees with table' },
  defaultSeverity: 'warning',
  fix: 'none',
  description: {
    zh: '正文中写明的行政复议、行政诉讼数量（如“被提起行政诉讼2起”）应与表四一致：行政复议件数等于表四行政复议“总计”，行政诉讼件数等于两组行政诉讼“总计”之和。',
    en: 'Figures stated in prose (e.g. `被提起行政诉讼2起`) must agree with table 四: the number of 行政复议 with its 总计, the number of 行政诉讼 with the two litigation groups’ 总计 together.',
  },
  check(ctx) {
    const { report, math } = ctx;
    const values = report.reviews?.values;
    if (!values || values.length !== 3 * REVIEW_COLUMNS.length) return;
    const total = (group: number) => math.value(values[group * REVIEW_COLUMNS.length + REVIEW_COLUMNS.length - 1]);
    const reconsideration = total(0);
    const litigation = [total(1), total(2)].every((v) => v !== undefined) ? total(1)! + total(2)! : undefined;
    for (const line of report.proseLines) {
      const text = report.lines.lines[line];
      for (const m of text.matchAll(CASES)) {
        if (/复议|诉讼/.test(m[2])) continue;
        const table = m[1] === '行政复议' ? reconsideration : litigation;
        const stated = Number(m[3]);
        if (table === undefined || table === stated) continue;
        const start = m.index! + m[1].length + m[2].length;
        ctx.add({
          range: { start: { line, character: start }, end: { line, character: start + m[3].length } },
          // 行政诉讼 adds two groups' totals: a sum the table does not write.
          message: t('The text says {0} {1}{2}, but 表四 totals {3}', m[1], stated, m[4], m[1] === '行政复议' ? formatNumber(table) : computed(table)),
          related: [{ range: values[0].range, message: '表四' }],
        });
      }
    }
  },
};
