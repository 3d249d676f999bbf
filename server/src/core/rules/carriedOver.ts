import { t } from '../l10n';
import type { Report } from '../model/report';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, type ApplicationRowKey } from '../model/schema';
import type { Rule } from './rule';
import { formatNumber } from '../tables/numbers';

function rowOf(report: Report, key: ApplicationRowKey) {
  return report.applications?.rows.find((r) => r.def.key === key && r.values.length === APPLICATION_COLUMNS.length);
}

/**
 * The identity across years: this year's 二、上年结转 equals last year's
 * 四、结转下年度继续办理, column by column. Checked when last year's report of
 * the same agency lies in the same folder.
 */
export const carriedOver: Rule = {
  id: 'carried-over',
  title: { zh: '上年结转不符', en: 'Carry-over mismatch' },
  defaultSeverity: 'warning',
  fix: 'unsafe',
  description: {
    zh: '表三“二、上年结转政府信息公开申请数量”应逐列等于上一年度报告表三的“四、结转下年度继续办理”。同一文件夹中有本机关上一年度的报告（标题中的机关名称相同、年度早一年）时检查此项；快速修复改为上一年度报告中的数字。',
    en: 'Table 三’s 二、上年结转政府信息公开申请数量 must equal, column by column, 四、结转下年度继续办理 in last year’s report. Checked when last year’s report of the same agency (same name in the title, one year earlier) is in the same folder; the fix writes last year’s figure.',
  },
  check(ctx) {
    const { previous } = ctx;
    const thisYear = rowOf(ctx.report, 'carriedOver');
    const lastYear = previous && rowOf(previous.report, 'carriedForward');
    if (!thisYear || !lastYear) return;
    thisYear.values.forEach((cell, c) => {
      const before = lastYear.values[c].value;
      // Blank or malformed figures are reported by their own rules, in their own reports.
      if (cell.value.kind !== 'number' || before.kind !== 'number' || cell.value.value === before.value) return;
      const figure = formatNumber(before.value);
      ctx.add({
        range: cell.range,
        message: t(
          '{0} · {1}: {2} carried over, but last year’s report ({3}) carried {4} forward',
          APPLICATION_ROWS.find((d) => d.key === 'carriedOver')!.label,
          APPLICATION_COLUMNS[c],
          formatNumber(cell.value.value),
          previous.name,
          figure,
        ),
        related: [{ range: lastYear.values[c].range, message: t('last year’s 结转下年度, {0}', figure), file: previous.file }],
        fixes: [{ title: t('Write {0}, as last year’s report does', figure), edits: [{ range: cell.range, newText: figure }], safe: false }],
      });
    });
  },
};
