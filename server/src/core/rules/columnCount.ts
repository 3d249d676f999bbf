import { t } from '../l10n';
import type { Cell, TableReading } from '../model/report';
import { APPLICATION_COLUMNS, REVIEW_CELL_COUNT } from '../model/schema';
import type { Rule, RuleContext } from './rule';

/**
 * A row with more numbers than the table has columns, or fewer. Surplus cells
 * are underlined; a short row is underlined at its label.
 */
export const columnCount: Rule = {
  id: 'column-count',
  title: { zh: '列数不符', en: 'Wrong number of columns' },
  defaultSeverity: 'error',
  fix: 'none',
  description: {
    zh: '每行数字的个数应与表格列数一致：表三每行 7 个（自然人、五类法人或其他组织、总计），表四 15 个，表二按各组表头。多出或缺少单元格，通常是合并单元格在复制时错位造成的，会让数字对不上列。',
    en: 'Each row must have as many numbers as the table has columns: seven in table 三 (自然人, five kinds of 法人或其他组织, 总计), fifteen in table 四, and in table 二 as many as its group’s header. Extra or missing cells usually come from merged cells shifted in copying, and put numbers under the wrong columns.',
  },
  check(ctx) {
    const { report } = ctx;
    // A table not read with certainty has rows whose numbers were left unread on purpose: not short rows of the draft.
    const certain = <T extends TableReading>(table: T | undefined) => (table?.uncertain ? undefined : table);
    for (const group of certain(report.disclosure)?.groups ?? []) {
      const width = group.columns.length;
      for (const row of group.rows) check(ctx, row.name, row.label, row.values, row.extra, width || row.values.length);
    }
    for (const row of certain(report.applications)?.rows ?? []) {
      check(ctx, row.def.label, row.label ?? row.values[0], row.values, row.extra, APPLICATION_COLUMNS.length);
    }
    const reviews = certain(report.reviews);
    if (reviews) check(ctx, t('table 四'), reviews.values[0] ?? reviews.row.cells[0], reviews.values, reviews.extra, REVIEW_CELL_COUNT);
  },
};

function check(ctx: RuleContext, name: string, anchor: Cell, values: Cell[], extra: Cell[], width: number): void {
  const surplus = extra.filter((c) => c.value.kind !== 'blank');
  if (surplus.length) {
    const first = surplus[0].range;
    const last = surplus[surplus.length - 1].range;
    ctx.add({
      range: first.start.line === last.start.line ? { start: first.start, end: last.end } : first,
      message: t('{0} has {1} numbers for {2} columns', name, values.length + extra.length, width),
    });
  } else if (values.length < width) {
    ctx.add({ range: anchor.range, message: t('{0} has only {1} of {2} numbers', name, values.length, width) });
  }
}
