import { comparePositions, type Position } from '../text/position';
import type { Cell } from './report';

/**
 * Whether a position is at a cell, as hover and the grid around a finding look it up: from the start
 * of its mark to the end of its text. For an empty cell that is the place it stands (where its
 * separator after it starts, or a line's end), or in layout A the TAB before it; never the place of
 * the empty cell beside it, whose mark may touch this one's.
 */
export function isAtCell(cell: Cell, p: Position): boolean {
  return comparePositions(cell.markRange.start, p) <= 0 && comparePositions(p, cell.range.end) <= 0;
}
