import { LIMITS } from './limits';

/** A table cell as a document writes it: its text and how many grid columns and rows it covers. */
export interface SpannedCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** A cell placed on the table's grid: `column` is 1-based. */
export interface GridCell {
  text: string;
  column: number;
}

/**
 * Lays the rows of a table with merged cells out on its grid, the way the
 * row-per-line layout shows merged cells: a merged cell's text once, at its
 * first grid column and row, and an empty cell in every other position it
 * covers, so every number keeps its column.
 */
export class SpanGrid {
  /** Grid columns still covered by a cell from a row above: column → rows left. */
  private readonly covered = new Map<number, number>();

  row(cells: readonly SpannedCell[]): GridCell[] {
    const out: GridCell[] = [];
    let column = 1;
    const skipCovered = () => {
      while ((this.covered.get(column) ?? 0) > 0) out.push({ text: '', column: column++ });
    };
    for (const cell of cells) {
      skipCovered();
      const rowSpan = Math.min(cell.rowSpan, LIMITS.cellSpan);
      for (let i = 0; i < Math.min(cell.colSpan, LIMITS.cellSpan); i++) {
        out.push({ text: i === 0 ? cell.text : '', column });
        if (rowSpan > 1) this.covered.set(column, rowSpan);
        column++;
      }
    }
    skipCovered();
    for (const [c, rows] of this.covered) this.covered.set(c, rows - 1);
    return out;
  }
}
