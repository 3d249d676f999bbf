import { headerColumns, isValueCell, placeInColumns } from './pdfColumns';
import type { PdfCell, PdfLine } from './pdfLines';
import type { ReportTextBuilder } from './reportText';

/** A line of a page as the reader keeps it: `line` counts the page's lines from 1, top to bottom. */
export interface PlacedLine extends PdfLine {
  page: number;
  line: number;
}

/** A single cell wider than this share of the text width is a line of prose, which ends a table. */
const PROSE_WIDTH = 0.45;
/** A label line within this many font sizes of a row's numbers is part of the row's label, wrapped. */
const WRAPPED_LABEL = 1.6;

/**
 * Writes the lines of a PDF, pages one after another, as report text: prose one
 * line each, a table row one line with its cells TAB-separated, placed under
 * the columns of the table's header (which holds across page breaks, until
 * prose ends the table). A row label wrapped over several lines, above and
 * below the row's numbers, is joined back into the row.
 */
export function pdfReportText(lines: readonly PlacedLine[], builder: ReportTextBuilder): void {
  const left = Math.min(...lines.map((l) => l.cells[0].x0));
  const width = Math.max(...lines.map((l) => l.cells.at(-1)!.x1)) - left;
  const isProse = (l: PdfLine) =>
    l.cells.length === 1 && !isValueCell(l.cells[0]) && l.cells[0].x1 - l.cells[0].x0 > PROSE_WIDTH * width;
  const isRow = (l: PdfLine) => l.cells.some(isValueCell);
  const wrappedInto = wrappedLabels(lines, isProse, isRow);
  let columns: ReturnType<typeof headerColumns>;
  let header: PdfLine[] = [];
  lines.forEach((line, i) => {
    const location = { page: line.page, line: line.line };
    const piece = (cell: PdfCell | undefined) => ({ text: cell?.text ?? '', location });
    if (isProse(line)) {
      columns = undefined;
      header = [];
      builder.line([piece(line.cells[0])]);
    } else if (isRow(line)) {
      columns = headerColumns(header) ?? columns;
      header = [];
      const cells = joinLabels(line, lines.filter((_, j) => wrappedInto[j] === i));
      builder.line((columns ? placeInColumns(cells, columns) : cells).map(piece));
    } else if (wrappedInto[i] === undefined) {
      header.push(line);
      builder.line(line.cells.map(piece));
    }
  });
}

/**
 * For each line of label text inside a table, the row it belongs to: the row
 * of numbers nearest to it on its page, if within `WRAPPED_LABEL` font sizes.
 * Lines above a table's first row are its header, not labels.
 */
function wrappedLabels(lines: readonly PlacedLine[], isProse: (l: PdfLine) => boolean, isRow: (l: PdfLine) => boolean): (number | undefined)[] {
  const into: (number | undefined)[] = [];
  let inTable = false;
  lines.forEach((line, i) => {
    if (isProse(line)) inTable = false;
    else if (isRow(line)) inTable = true;
    else if (inTable) {
      let best: number | undefined;
      for (const j of [i - 1, i + 1, i - 2, i + 2]) {
        const row = lines[j];
        if (!row || row.page !== line.page || !isRow(row)) continue;
        const distance = Math.abs(row.y - line.y);
        if (distance < WRAPPED_LABEL * line.size && (best === undefined || distance < Math.abs(lines[best].y - line.y))) best = j;
      }
      into[i] = best;
    }
  });
  return into;
}

/**
 * A row's cells with the wrapped lines of its labels joined in: a piece of label
 * that starts under another (a hanging indent too) continues it; read top to bottom.
 */
function joinLabels(row: PlacedLine, wrapped: readonly PlacedLine[]): PdfCell[] {
  const values = row.cells.filter(isValueCell);
  const labels: { cell: PdfCell; y: number }[][] = [];
  const pieces = [row, ...wrapped].flatMap((l) => l.cells.filter((c) => !isValueCell(c)).map((cell) => ({ cell, y: l.y })));
  for (const piece of pieces) {
    const startsUnder = (a: PdfCell, b: PdfCell) => a.x0 > b.x0 - row.size && a.x0 < b.x1;
    const label = labels.find((l) => l.some((p) => startsUnder(piece.cell, p.cell) || startsUnder(p.cell, piece.cell)));
    if (label) label.push(piece);
    else labels.push([piece]);
  }
  const joined = labels.map((label) => {
    const cells = label.sort((a, b) => b.y - a.y).map((p) => p.cell);
    return { text: cells.map((c) => c.text).join(''), x0: Math.min(...cells.map((c) => c.x0)), x1: Math.max(...cells.map((c) => c.x1)) };
  });
  return [...joined, ...values].sort((a, b) => a.x0 - b.x0);
}
