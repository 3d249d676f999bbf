import { t } from '../l10n';
import { cellLabel } from '../tables/cellNames';
import { computed, describeIdentity } from '../tables/describe';
import type { Check } from '../tables/evaluate';
import { formatNumber } from '../tables/numbers';
import type { TableMath } from '../tables/tableMath';
import { containsPosition, type Position, type Range } from '../text/position';

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
  const found = math.cells.find(({ cell }) => containsPosition(cell.markRange, position));
  if (!found) return undefined;
  const { cell } = found;
  const name = math.nameOf(cell);
  const lines = [name ? `**${cellLabel(name)}**` : `**${cell.text}**`];
  const checks = math.checksOf(cell);
  if (checks.length) lines.push('', ...checks.map((check) => `- ${explain(check, math)}`));
  const should = math.shouldHold(cell);
  if (should !== undefined) lines.push('', t('Should be {0}', computed(should)));
  return { contents: lines.join('\n'), range: cell.markRange };
}

function explain(check: Check, math: TableMath): string {
  const identity = `${check.identity.label}: ${describeIdentity(check, math)}`;
  return check.holds ? `${identity} ✓` : t('{0}, a difference of {1}', identity, formatNumber(check.left - check.right));
}
