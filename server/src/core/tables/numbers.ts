import type { Cell } from '../model/report';

/** Rounds away binary noise so `0.1 + 0.2` equals `0.3` (money cells hold decimals). */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** A number as a reader writes it: no binary noise (`0.30000000000000004` → `0.3`). */
export function formatNumber(n: number): string {
  return String(round(n));
}

/**
 * A cell's number as written: blank and not-applicable cells count as 0 (they
 * are reported on their own); text that is no number has none.
 */
export function writtenValue(cell: Cell): number | undefined {
  const v = cell.value;
  if (v.kind === 'number') return v.value;
  return v.kind === 'text' ? undefined : 0;
}

export function isBlank(cell: Cell): boolean {
  return cell.value.kind === 'blank' || cell.value.kind === 'not-applicable';
}
