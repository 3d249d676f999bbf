import { t } from '../l10n';
import type { DisclosureRow, Report } from '../model/report';
import type { Rule } from './rule';
import { computed } from '../tables/describe';
import { formatNumber } from '../tables/numbers';

/** The 2021 format's 第二十条第（一）项 columns: 本年制发件数, 本年废止件数, 现行有效件数. */
const ISSUED = 0;
const REPEALED = 1;
const IN_FORCE = 2;

/** The 规章 or 行政规范性文件 row of 表二 (many write `规范性文件`), with its three numbers. */
function documentRow(report: Report, kind: '规章' | '规范性文件'): DisclosureRow | undefined {
  if (report.format === '2019' || report.year === undefined || report.year.value < 2021 || report.disclosure?.uncertain) return undefined;
  return report.disclosure?.groups
    .find((g) => g.item === 1)
    ?.rows.find((r) => (kind === '规章' ? r.name === '规章' : r.name.endsWith('规范性文件')) && r.values.length === 3 && r.values.every((c) => c.value.kind === 'number'));
}

/**
 * 表二 across years, 2021 format: documents in force this year are last year's
 * in force, plus those issued, less those repealed. Information only: agencies
 * also revise the count when they clean up their lists of documents.
 */
export const documentCount: Rule = {
  id: 'document-count',
  title: { zh: '现行有效件数与上年不衔接', en: 'Documents in force do not follow from last year' },
  defaultSeverity: 'information',
  fix: 'none',
  description: {
    zh: '2021 年格式表二：本年“现行有效件数”一般等于上一年度报告的“现行有效件数”加本年制发件数、减本年废止件数（规章、行政规范性文件分别核对）。同一文件夹中有本机关上一年度报告时检查；文件清理等原因也会使件数调整，因此仅作提示。',
    en: 'Table 二, 2021 format: documents in force this year are usually last year’s 现行有效件数 plus this year’s 本年制发件数 less its 本年废止件数 (规章 and 行政规范性文件 each). Checked when last year’s report of the same agency is in the same folder; clean-ups of the document lists also change the count, so this is information only.',
  },
  check(ctx) {
    const { previous } = ctx;
    if (!previous) return;
    for (const kind of ['规章', '规范性文件'] as const) {
      const row = documentRow(ctx.report, kind);
      const lastYear = documentRow(previous.report, kind);
      if (!row || !lastYear) continue;
      const number = (cells: DisclosureRow['values'], i: number) => (cells[i].value.kind === 'number' ? cells[i].value.value : 0);
      const before = number(lastYear.values, IN_FORCE);
      const expected = before + number(row.values, ISSUED) - number(row.values, REPEALED);
      const inForce = row.values[IN_FORCE];
      if (number(row.values, IN_FORCE) === expected) continue;
      ctx.add({
        range: inForce.range,
        message: t(
          '{0} · 现行有效件数: {1}, but last year’s report ({2}) had {3} in force; with {4} issued and {5} repealed this year that makes {6}',
          row.name,
          inForce.text,
          previous.name,
          formatNumber(before),
          row.values[ISSUED].text,
          row.values[REPEALED].text,
          computed(expected),
        ),
        related: [{ range: lastYear.values[IN_FORCE].range, message: t('last year’s 现行有效件数, {0}', formatNumber(before)), file: previous.file }],
      });
    }
  },
};
