import { t } from '../l10n';
import { isAtCell } from '../model/cellPosition';
import type { Cell } from '../model/report';
import { cellLabel } from '../tables/cellNames';
import { computed, describeIdentity } from '../tables/describe';
import type { Check } from '../tables/evaluate';
import { formatNumber } from '../tables/numbers';
import type { TableMath } from '../tables/tableMath';
import type { Position, Range } from '../text/position';

export interface Hover {
  /** Markdown. */
  contents: string;
  range: Range;
}

/**
 * Hover on a number cell: its row and column, and every identity it takes part
 * in on the numbers as written, ✓ when it holds, the difference when it does
 * not; and the value it should hold, when that is known (computed).
 */
export function hoverAt(math: TableMath, position: Position): Hover | undefined {
  const found = math.cells.find(({ cell }) => isAtCell(cell, position));
  if (!found) return undefined;
  const { cell } = found;
  const name = math.nameOf(cell);
  const lines = [name ? `**${cellLabel(name)}**` : `**${cell.text}**`];
  const { checks, should } = explainCell(math, cell);
  if (checks.length) lines.push('', ...checks.map((check) => `- ${check}`));
  if (should) lines.push('', should);
  return { contents: lines.join('\n'), range: cell.markRange };
}

/** What hover says of a cell's arithmetic, as plain text: each identity it takes part in, and what it should hold. */
export interface CellExplanation {
  /** `行总计: 33 = 31 + 2 + 0 + 0 + 0 + 0 ✓`, one for each identity. */
  checks: string[];
  /** `Should be 3 (computed)`, when known. */
  should?: string;
}

export function explainCell(math: TableMath, cell: Cell): CellExplanation {
  const checks = math.checksOf(cell).map((check) => explain(check, math));
  const should = math.shouldHold(cell);
  return should === undefined ? { checks } : { checks, should: t('Should be {0}', computed(should)) };
}

function explain(check: Check, math: TableMath): string {
  const identity = `${check.identity.label}: ${describeIdentity(check, math)}`;
  return check.holds ? `${identity} ✓` : t('{0}, a difference of {1}', identity, formatNumber(check.left - check.right));
}
