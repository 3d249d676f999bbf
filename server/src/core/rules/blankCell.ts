import { t } from '../l10n';
import type { Rule } from './rule';
import { formatNumber } from '../tables/formatSum';

/**
 * A blank cell, or one that says `/`, `—` or `无`. The format wants `0`. A blank
 * total is reported here once, and its fix writes the sum it should hold.
 */
export const blankCell: Rule = {
  id: 'blank-cell',
  defaultSeverity: 'error',
  description: {
    zh: '统计表中的每个单元格都应填写数字，没有发生的事项填 0。空白单元格，或填写“/”“—”“无”的单元格都会被退回。空白的合计单元格（行总计、（七）总计、表四总计）只报告一次，快速修复会填入应有的合计数。',
    en: 'Every cell of the statistical tables must hold a number; what did not happen is written 0. Blank cells and cells holding `/`, `—` or `无` are rejected. A blank total cell is reported once, and its fix fills in the sum it should hold.',
  },
  check(ctx) {
    for (const { cell } of ctx.math.cells) {
      const kind = cell.value.kind;
      if (kind !== 'blank' && kind !== 'not-applicable') continue;
      const expected = ctx.math.expected(cell);
      const fill = expected !== undefined ? formatNumber(expected) : '0';
      const name = ctx.math.nameOf(cell);
      const where = name ? `${name.row} · ${name.column}` : '';
      ctx.add({
        range: cell.markRange,
        message:
          kind === 'not-applicable'
            ? t('{0}: “{1}” is not a number; a cell that does not apply is written {2}', where, cell.text, fill)
            : expected !== undefined
              ? t('{0}: blank total; it should be {1}', where, fill)
              : t('{0}: blank cell; write {1}', where, fill),
        fixes: [
          {
            title: expected !== undefined ? t('Fill in the total {0}', fill) : t('Fill with {0}', fill),
            edits: [{ range: cell.range, newText: fill }],
            // A blank is safe to fill; a `/` was written on purpose, so the drafter decides.
            safe: kind === 'blank',
          },
        ],
      });
    }
  },
};
