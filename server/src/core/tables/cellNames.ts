import type { Cell, Report } from '../model/report';
import { APPLICATION_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../model/schema';
import { applicationRows, reviewGroups } from './tableRows';

export interface CellName {
  table: '表二' | '表三' | '表四';
  row: string;
  column: string;
}

interface NamedRow {
  table: CellName['table'];
  row: string;
  cells: readonly Cell[];
  columnName(index: number): string;
}

/** `（一）予以公开 · 总计`: how messages name a cell. */
export function cellLabel(name: CellName | undefined): string {
  return name ? `${name.row} · ${name.column}` : '';
}

/**
 * The row and column names of the number cells of 表二, 表三 and 表四, indexed
 * only when a message or hover first names a cell.
 */
export class CellNames {
  private readonly rows: NamedRow[] = [];

  constructor(report: Report) {
    for (const group of report.disclosure?.groups ?? []) {
      for (const row of group.rows) {
        this.rows.push({ table: '表二', row: row.name, cells: row.values, columnName: (i) => group.columns[i]?.text ?? '' });
      }
    }
    for (const { label, values } of applicationRows(report)) {
      this.rows.push({ table: '表三', row: label, cells: values, columnName: (i) => APPLICATION_COLUMNS[i] });
    }
    reviewGroups(report).forEach((cells, g) => {
      this.rows.push({ table: '表四', row: REVIEW_GROUPS[g], cells, columnName: (i) => REVIEW_COLUMNS[i] });
    });
  }

  /** Each cell's row and column, indexed on the first look-up: a rule may name many cells of a big table. */
  private index: Map<Cell, { row: NamedRow; column: number }> | undefined;

  nameOf(cell: Cell): CellName | undefined {
    if (!this.index) {
      this.index = new Map();
      // The first row a cell is in names it, as a scan in row order would.
      for (const row of this.rows) row.cells.forEach((c, column) => this.index!.has(c) || this.index!.set(c, { row, column }));
    }
    const found = this.index.get(cell);
    return found && { table: found.row.table, row: found.row.row, column: found.row.columnName(found.column) };
  }
}
