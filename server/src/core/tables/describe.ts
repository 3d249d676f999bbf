import { t } from '../l10n';
import type { Cell } from '../model/report';
import type { Check } from './evaluate';
import { formatNumber, isBlank } from './numbers';
import type { TableMath } from './tableMath';

/** Sums over many rows list only their non-zero terms, or the message would be unreadable. */
const MAX_TERMS = 8;

/** A number the document does not contain, labelled so: `21（计算值）`. */
export function computed(n: number): string {
  return t('{0} (computed)', formatNumber(n));
}

/**
 * `16 + 2 + 0 + 0 + 0 + 0`: the numbers as written, with a note when blank cells
 * were counted as 0. A blank total shows the sum it counts as, labelled computed.
 */
export function describeTerms(cells: readonly Cell[], math: TableMath): string {
  const terms = cells.map((c) => {
    const v = math.value(c) ?? 0;
    return { value: v, text: math.isBlankTotal(c) ? computed(v) : formatNumber(v) };
  });
  let shown = terms.map((term) => term.text);
  let note = '';
  if (terms.length > MAX_TERMS) {
    shown = terms.filter((term) => term.value !== 0).map((term) => term.text);
    const zeros = terms.length - shown.length;
    if (zeros) note = t(' (the other {0} terms are 0)', zeros);
    if (shown.length === 0) shown = ['0'];
  }
  if (cells.some((c) => isBlank(c) && !math.isBlankTotal(c))) note += t(' (blank cells counted as 0)');
  return shown.join(' + ') + note;
}

/** `21 = 20 + 0 + 0 + 0 + 0 + 1`, `3 + 1 ≠ 4 + 1` for a balance: an identity on the numbers as written. */
export function describeIdentity(check: Check, math: TableMath): string {
  return `${describeTerms(check.identity.left, math)} ${check.holds ? '=' : '≠'} ${describeTerms(check.identity.right, math)}`;
}

/** A cell and its content as written, for related information: `（一）予以公开 · 自然人：20`. */
export function describeCell(cell: Cell, math: TableMath): string {
  const name = math.nameOf(cell);
  const written = isBlank(cell) && !cell.text ? t('(blank)') : cell.text;
  return name ? `${name.row} · ${name.column}: ${written}` : written;
}
