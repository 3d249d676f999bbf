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
 * The row and column names of the number cells of 表二, 表三 and 表四, looked
 * up only for the few cells a message or hover names.
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

  nameOf(cell: Cell): CellName | undefined {
    for (const { table, row, cells, columnName } of this.rows) {
      const i = cells.indexOf(cell);
      if (i >= 0) return { table, row, column: columnName(i) };
    }
    return undefined;
  }
}
