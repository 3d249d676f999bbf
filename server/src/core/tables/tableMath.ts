import type { Cell, Report } from '../model/report';
import { valueCells, type ValueCell } from './valueCells';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, type ApplicationRowKey } from '../model/schema';

/** `total` should equal the sum of `parts`. */
export interface SumIdentity {
  rule: 'row-total' | 'result-total' | 'review-total';
  total: Cell;
  parts: Cell[];
}

/** 一 + 二 = （七）总计 + 四, in one column of 表三. */
export interface Balance {
  /** The cells of 四 (结转), to keep its 总计 in step when the fix changes one. */
  carriedForwardRow: Cell[];
  column: number;
  received: Cell;
  carriedOver: Cell;
  resultTotal: Cell;
  carriedForward: Cell;
}

export interface CellName {
  row: string;
  column: string;
}

interface NamedRow {
  row: string;
  cells: readonly Cell[];
  columnName(index: number): string;
}

/** Rounds away binary noise so `0.1 + 0.2` equals `0.3` (money cells hold decimals). */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * The arithmetic of 表三 and 表四, built once per check and shared by the sum
 * rules, the blank-cell fixes and hover. A blank or not-applicable cell counts as
 * 0 and a total as the sum it should hold, so one blank or one wrong total does
 * not cascade into a pile of balance errors.
 */
export class TableMath {
  /** Every cell of the three tables that should hold a number, in document order. */
  readonly cells: readonly ValueCell[];
  readonly sums: SumIdentity[] = [];
  readonly balances: Balance[] = [];
  private readonly definingSum = new Map<Cell, SumIdentity>();
  /** The rows of number cells, with what to call them: looked up only for the few cells a message names. */
  private readonly namedRows: NamedRow[] = [];
  private readonly memo = new Map<Cell, number | undefined>();

  constructor(report: Report) {
    this.cells = valueCells(report);
    this.addApplicationTable(report);
    this.addReviewTable(report);
    for (const group of report.disclosure?.groups ?? []) {
      for (const row of group.rows) {
        this.namedRows.push({ row: row.name, cells: row.values, columnName: (i) => group.columns[i]?.text ?? '' });
      }
    }
  }

  /**
   * The value a cell counts as in the sums: its number, 0 when blank; for a total,
   * the sum of its own parts, so a wrong total is reported once, at itself, and
   * not again in every sum it is part of. Undefined for text that is no number.
   */
  value(cell: Cell): number | undefined {
    if (this.definingSum.has(cell)) return this.expected(cell);
    const v = cell.value;
    if (v.kind === 'number') return v.value;
    return v.kind === 'text' ? undefined : 0;
  }

  /** For a total cell, the sum it should hold; undefined for other cells. */
  expected(total: Cell): number | undefined {
    const sum = this.definingSum.get(total);
    if (!sum) return undefined;
    if (this.memo.has(total)) return this.memo.get(total);
    this.memo.set(total, undefined); // guards against a cycle through a malformed table
    const result = this.sumOf(sum.parts);
    this.memo.set(total, result);
    return result;
  }

  sumOf(cells: readonly Cell[]): number | undefined {
    let s = 0;
    for (const c of cells) {
      const v = this.value(c);
      if (v === undefined) return undefined;
      s += v;
    }
    return round(s);
  }

  isTotal(cell: Cell): boolean {
    return this.definingSum.has(cell);
  }

  /** Row and column names of a number cell of 表二, 表三 or 表四. */
  nameOf(cell: Cell): CellName | undefined {
    for (const { row, cells, columnName } of this.namedRows) {
      const i = cells.indexOf(cell);
      if (i >= 0) return { row, column: columnName(i) };
    }
    return undefined;
  }

  private addSum(sum: SumIdentity): void {
    this.sums.push(sum);
    if (!this.definingSum.has(sum.total)) this.definingSum.set(sum.total, sum);
  }

  private addApplicationTable(report: Report): void {
    const rows = (report.applications?.rows ?? []).filter((r) => r.values.length === APPLICATION_COLUMNS.length);
    const byKey = new Map<ApplicationRowKey, Cell[]>();
    for (const r of rows) {
      if (byKey.has(r.key)) continue;
      byKey.set(r.key, r.values);
      const label = APPLICATION_ROWS.find((d) => d.key === r.key)!.label;
      this.namedRows.push({ row: label, cells: r.values, columnName: (i) => APPLICATION_COLUMNS[i] });
    }
    const results = APPLICATION_ROWS.filter((d) => d.result && byKey.has(d.key)).map((d) => byKey.get(d.key)!);
    const resultTotal = byKey.get('resultTotal');
    const total = APPLICATION_COLUMNS.length - 1;
    // （七）总计 is defined by the results above it, before its own row sum.
    if (resultTotal && results.length) {
      resultTotal.forEach((cell, c) => this.addSum({ rule: 'result-total', total: cell, parts: results.map((r) => r[c]) }));
    }
    for (const values of byKey.values()) {
      this.addSum({ rule: 'row-total', total: values[total], parts: values.slice(0, total) });
    }
    const [received, carriedOver, carriedForward] = (['received', 'carriedOver', 'carriedForward'] as const).map((k) => byKey.get(k));
    if (received && carriedOver && resultTotal && carriedForward) {
      // Not the 总计 column: with every row total counted as its row's sum, its
      // balance is the sum of the others', so checking it would repeat them.
      for (let c = 0; c < total; c++) {
        this.balances.push({
          column: c,
          received: received[c],
          carriedOver: carriedOver[c],
          resultTotal: resultTotal[c],
          carriedForward: carriedForward[c],
          carriedForwardRow: carriedForward,
        });
      }
    }
  }

  private addReviewTable(report: Report): void {
    const values = report.reviews?.values;
    if (!values || values.length !== REVIEW_GROUPS.length * REVIEW_COLUMNS.length) return;
    REVIEW_GROUPS.forEach((group, g) => {
      const cells = values.slice(g * REVIEW_COLUMNS.length, (g + 1) * REVIEW_COLUMNS.length);
      this.namedRows.push({ row: group, cells, columnName: (i) => REVIEW_COLUMNS[i] });
      this.addSum({ rule: 'review-total', total: cells[cells.length - 1], parts: cells.slice(0, -1) });
    });
  }
}
