import { isAtCell } from '../model/cellPosition';
import type { Cell, Report } from '../model/report';
import { APPLICATION_COLUMNS, REVIEW_CELL_COUNT, REVIEW_COLUMNS, REVIEW_GROUPS } from '../model/schema';
import type { Position } from '../text/position';

/**
 * A few rows of 表二, 表三 or 表四 around one place, as texts: enough to draw the
 * table around a finding, far less than the model (a folder run holds one per finding).
 */
export interface GridExcerpt {
  table: '表二' | '表三' | '表四';
  /** Column headings, as the official table names them (表二: as the header row writes them). */
  columns: string[];
  rows: { label: string; cells: string[] }[];
  /** The row of `rows` the place is in, and its cell; no column when the place is not on a number cell. */
  marked: { row: number; column?: number };
}

interface GridRow {
  label: string;
  cells: readonly Cell[];
  startLine: number;
  endLine: number;
}

interface Grid {
  table: GridExcerpt['table'];
  columns: readonly string[];
  rows: GridRow[];
}

/** Rows shown above and below the marked one. */
const NEIGHBOURS = 2;

/**
 * The grid around `position`, when it lies in a row of a statistical table:
 * the row with up to two neighbours each side (a 表二 group or 表四 whole), the
 * number cell it is on marked.
 */
export function gridExcerpt(report: Report, position: Position): GridExcerpt | undefined {
  for (const grid of grids(report)) {
    const inRow = (r: GridRow) => r.startLine <= position.line && position.line <= r.endLine;
    let row = grid.rows.findIndex((r) => inRow(r) && r.cells.some((cell) => isAtCell(cell, position)));
    // 表四's three groups are one row of the text: only a cell tells which group a place is in.
    if (row < 0 && grid.table !== '表四') row = grid.rows.findIndex(inRow);
    if (row < 0) continue;
    const column = grid.rows[row].cells.findIndex((cell) => isAtCell(cell, position));
    const first = Math.max(0, row - NEIGHBOURS);
    const shown = grid.rows.slice(first, row + NEIGHBOURS + 1);
    return {
      table: grid.table,
      columns: [...grid.columns],
      rows: shown.map((r) => ({ label: r.label, cells: r.cells.map((c) => c.text) })),
      marked: { row: row - first, ...(column >= 0 ? { column } : {}) },
    };
  }
  return undefined;
}

function grids(report: Report): Grid[] {
  const out: Grid[] = [];
  for (const group of report.disclosure?.groups ?? []) {
    const rows = group.rows.map(({ row, name, values }) => ({ label: name, cells: values, startLine: row.startLine, endLine: row.endLine }));
    out.push({ table: '表二', columns: group.columns.map((c) => c.text), rows });
  }
  if (report.applications) {
    const rows = report.applications.rows.map(({ row, def, values }) => ({ label: def.label, cells: values, startLine: row.startLine, endLine: row.endLine }));
    out.push({ table: '表三', columns: APPLICATION_COLUMNS, rows });
  }
  const reviews = report.reviews;
  if (reviews?.values.length === REVIEW_CELL_COUNT) {
    const width = REVIEW_COLUMNS.length;
    const { startLine, endLine } = reviews.row;
    const rows = REVIEW_GROUPS.map((label, g) => ({ label, cells: reviews.values.slice(g * width, (g + 1) * width), startLine, endLine }));
    out.push({ table: '表四', columns: REVIEW_COLUMNS, rows });
  }
  return out;
}
