import type { Cell } from '../model/report';

/**
 * The value cells of a row whose label cells come and go with merged cells:
 * surplus empty cells are merge artefacts, dropped from the left first (where the
 * merged label columns were), then from the right. What is still too many is
 * surplus taken from the left, since numbers are read from the right.
 */
export function takeValues(cells: Cell[], expected: number): { values: Cell[]; extra: Cell[] } {
  let first = 0;
  let last = cells.length;
  while (last - first > expected && cells[first].value.kind === 'blank') first++;
  while (last - first > expected && cells[last - 1].value.kind === 'blank') last--;
  const surplus = Math.max(0, last - first - expected);
  return { values: cells.slice(first + surplus, last), extra: cells.slice(first, first + surplus) };
}
