import type { PdfCell, PdfLine } from './pdfLines';

/** A table column: the stretch of the page its header and cells stand in. */
interface Column {
  x0: number;
  x1: number;
}

/** A cell holding a value (a number, possibly malformed, or a not-applicable mark), not a label. */
const VALUE = /^(?:[-+]?[\d０-９][\d０-９.,，．\s]*(?:%|％|万元|元|万)?|[/／—–\-无])$/;

export const isValueCell = (cell: PdfCell) => VALUE.test(cell.text);

/**
 * Columns from a table's header lines (the lines without values above its
 * first row of numbers): every header cell is a column, narrowest first; a
 * cell that overlaps two columns already found is a spanning header
 * (法人或其他组织 over its five kinds, 行政诉讼 over ten) and adds none; one
 * that overlaps a single column widens it (a header wrapped over two lines).
 * Gaps alone would lose a column whose cell is blank.
 */
export function headerColumns(header: readonly PdfLine[]): Column[] | undefined {
  if (!header.some((l) => l.cells.length >= 2)) return undefined;
  const columns: Column[] = [];
  const cells = header.flatMap((l) => l.cells).sort((a, b) => a.x1 - a.x0 - (b.x1 - b.x0));
  for (const cell of cells) {
    const hit = columns.filter((c) => overlap(c, cell) > 0);
    if (hit.length === 0) columns.push({ x0: cell.x0, x1: cell.x1 });
    else if (hit.length === 1) {
      hit[0].x0 = Math.min(hit[0].x0, cell.x0);
      hit[0].x1 = Math.max(hit[0].x1, cell.x1);
    }
  }
  return columns.length >= 2 ? columns.sort((a, b) => a.x0 - b.x0) : undefined;
}

/**
 * A row's cells placed under the columns: each cell in the column it overlaps
 * most (or the nearest), an empty cell where a column has none, so that a blank
 * cell stays where it is. Several label cells in one column all stay.
 */
export function placeInColumns(cells: readonly PdfCell[], columns: readonly Column[]): (PdfCell | undefined)[] {
  const byColumn = columns.map((): PdfCell[] => []);
  for (const cell of cells) byColumn[bestColumn(cell, columns)].push(cell);
  return byColumn.flatMap((inColumn) => (inColumn.length ? inColumn : [undefined]));
}

function bestColumn(cell: PdfCell, columns: readonly Column[]): number {
  const centre = (c: Column | PdfCell) => (c.x0 + c.x1) / 2;
  let best = 0;
  let bestScore = -Infinity;
  columns.forEach((column, i) => {
    const score = overlap(column, cell) || -Math.abs(centre(column) - centre(cell));
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function overlap(a: Column | PdfCell, b: Column | PdfCell): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));
}
