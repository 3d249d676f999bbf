import { t } from '../l10n';
import { computed } from '../tables/describe';
import { cellLabel } from '../tables/cellNames';
import { formatNumber } from '../tables/numbers';
import type { Rule } from './rule';

/**
 * A blank cell, or one that says `/`, `—` or `无`. The format wants `0`. A blank
 * total is reported here once, and its fix writes the sum it should hold; a
 * blank that alone explains broken identities, the value they need.
 */
export const blankCell: Rule = {
  id: 'blank-cell',
  title: { zh: '单元格空白', en: 'Blank cell' },
  defaultSeverity: 'error',
  fix: 'safe',
  description: {
    zh: '统计表中的每个单元格都应填写数字，没有发生的事项填 0。空白单元格，或填写“/”“—”“无”的单元格都会被退回。空白的合计单元格（行总计、（七）总计、表四总计）只报告一次，快速修复会填入应有的合计数；只有这一个空白单元格能解释勾稽关系不成立时，快速修复填入勾稽关系要求的数字。',
    en: 'Every cell of the statistical tables must hold a number; what did not happen is written 0. Blank cells and cells holding `/`, `—` or `无` are rejected. A blank total cell is reported once, and its fix fills in the sum it should hold; a blank that alone explains broken identities is filled with the value they need.',
  },
  check(ctx) {
    const { math } = ctx;
    for (const { cell } of math.cells) {
      const kind = cell.value.kind;
      if (kind !== 'blank' && kind !== 'not-applicable') continue;
      const isTotal = math.isBlankTotal(cell);
      const fill = math.shouldHold(cell);
      const wrong = math.wrongCellAt(cell);
      const text = fill !== undefined ? formatNumber(fill) : '0';
      const shown = fill !== undefined ? computed(fill) : '0';
      const where = cellLabel(math.nameOf(cell));
      ctx.add({
        range: cell.markRange,
        message:
          kind === 'not-applicable'
            ? t('{0}: “{1}” is not a number; a cell that does not apply is written {2}', where, cell.text, shown)
            : isTotal
              ? t('{0}: blank total; it should be {1}', where, shown)
              : wrong
                ? t('{0}: blank cell; {1} need {2}', where, wrong.broken.map((b) => b.identity.label).join(', '), shown)
                : t('{0}: blank cell; write {1}', where, shown),
        fixes: [
          {
            title: isTotal ? t('Fill in the total {0}', text) : t('Fill with {0}', text),
            edits: [{ range: cell.range, newText: text }],
            // A blank is safe to fill with 0 or its sum; a `/` was written on purpose,
            // and a value deduced from broken identities is a guess: the drafter decides.
            safe: kind === 'blank' && !wrong,
          },
        ],
      });
    }
  },
};
