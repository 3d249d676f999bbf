import type { Cell } from '../model/report';
import { t } from '../l10n';
import { round } from './tableMath';

/** A number as a reader writes it: no binary noise (`0.30000000000000004` → `0.3`). */
export function formatNumber(n: number): string {
  return String(round(n));
}

/** Sums over many rows list only their non-zero terms, or the message would be unreadable. */
const MAX_TERMS = 8;

/**
 * `16 + 2 + 0 + 0 + 0 + 0`, with a note when blank cells were counted as 0.
 * `valueOf` gives each cell's effective value.
 */
export function describeSum(parts: readonly Cell[], valueOf: (c: Cell) => number | undefined): string {
  const values = parts.map((c) => valueOf(c) ?? 0);
  let terms = values.map(formatNumber);
  let note = '';
  if (values.length > MAX_TERMS) {
    terms = values.filter((v) => v !== 0).map(formatNumber);
    const zeros = values.length - terms.length;
    if (zeros) note = t(' (the other {0} terms are 0)', zeros);
    if (terms.length === 0) terms = ['0'];
  }
  const blanks = parts.filter((c) => c.value.kind === 'blank' || c.value.kind === 'not-applicable').length;
  if (blanks) note += t(' (blank cells counted as 0)');
  return terms.join(' + ') + note;
}
