import { t } from '../l10n';
import type { Cell } from '../model/report';
import { describeSum, formatNumber } from '../tables/formatSum';
import type { TableMath } from '../tables/tableMath';
import { containsPosition, type Position, type Range } from '../text/position';

export interface Hover {
  /** Markdown. */
  contents: string;
  range: Range;
}

/**
 * Hover on a number cell: its row and column, and on a total the computation
 * with its result, ✓ when it holds, the difference when it does not.
 */
export function hoverAt(math: TableMath, position: Position): Hover | undefined {
  const found = math.cells.find(({ cell }) => containsPosition(cell.markRange, position));
  if (!found) return undefined;
  const { cell } = found;
  const name = math.nameOf(cell);
  const lines = [name ? `**${name.row}** · ${name.column}` : `**${cell.text}**`];
  const expected = math.expected(cell);
  const sum = math.sums.find((s) => s.total === cell);
  if (sum && expected !== undefined) lines.push('', explainTotal(cell, sum.parts, expected, math));
  return { contents: lines.join('\n'), range: cell.markRange };
}

function explainTotal(cell: Cell, parts: Cell[], expected: number, math: TableMath): string {
  const computation = `${describeSum(parts, (c) => math.value(c))} = ${formatNumber(expected)}`;
  if (cell.value.kind !== 'number') return t('Should be {0}', computation);
  const difference = cell.value.value - expected;
  return difference === 0
    ? `${computation} ✓`
    : t('{0}; written {1}, a difference of {2}', computation, formatNumber(cell.value.value), formatNumber(difference));
}
