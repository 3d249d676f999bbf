import type { Cell, Report } from '../model/report';
import { CellNames, type CellName } from './cellNames';
import { evaluate, involves, type Check } from './evaluate';
import { identitiesOf, isSum, type Identity } from './identities';
import { localise, type WrongCell } from './localise';
import { isBlank, round, writtenValue } from './numbers';
import { valueCells, type ValueCell } from './valueCells';

/**
 * The arithmetic of 表三 and 表四, built once per check and shared by the
 * rules, their fixes and hover: every identity evaluated on the numbers as
 * written, and which cell, if any, explains the broken ones.
 *
 * A blank or not-applicable cell counts as 0, except a blank total: it counts as
 * the sum it should hold (what `blank-cell`'s fix writes), and the identity that
 * defines it is not checked, so a blank total is reported once, as blank.
 */
export class TableMath {
  /** Every cell of the three tables that should hold a number, in document order. */
  readonly cells: readonly ValueCell[];
  readonly identities: readonly Identity[];
  /** The identities whose numbers are known, evaluated. */
  readonly checks: readonly Check[];
  /** Cells that alone explain the broken identities around them. */
  readonly wrongCells: readonly WrongCell[];
  /** Broken identities no single cell explains: each is reported once, under its own rule. */
  readonly unexplained: readonly Check[];
  private readonly names: CellNames;
  /** For each total, the identity that defines it (（七）总计: the results' sum, before its row's). */
  private readonly definingSum = new Map<Cell, Identity>();
  private readonly blankTotals = new Map<Cell, number | undefined>();

  constructor(report: Report) {
    this.cells = valueCells(report);
    this.names = new CellNames(report);
    this.identities = identitiesOf(report);
    for (const identity of this.identities) {
      // （七）总计's cells are defined by the results above them, before their row.
      if (isSum(identity) && (!this.definingSum.has(identity.left[0]) || identity.kind === 'result-total')) this.definingSum.set(identity.left[0], identity);
    }
    const valueOf = (cell: Cell) => this.value(cell);
    this.checks = this.identities
      .filter((identity) => !(isSum(identity) && this.isBlankTotal(identity.left[0]) && this.definingSum.get(identity.left[0]) === identity))
      .map((identity) => evaluate(identity, valueOf))
      .filter((check) => check !== undefined);
    const { wrongCells, unexplained } = localise(this.checks, (c) => this.value(c) ?? 0, (c) => !this.isBlankTotal(c));
    this.wrongCells = wrongCells;
    this.unexplained = unexplained;
  }

  /**
   * The value a cell counts as: its number as written, 0 when blank; a blank
   * total, the sum it should hold. Undefined for text that is no number.
   */
  value(cell: Cell): number | undefined {
    return this.isBlankTotal(cell) ? this.blankTotal(cell) : writtenValue(cell);
  }

  isBlankTotal(cell: Cell): boolean {
    return isBlank(cell) && this.definingSum.has(cell);
  }

  /**
   * The value a cell should hold (computed), when known: a blank total, its sum; a cell
   * that alone explains broken identities, the value they need; else undefined.
   */
  shouldHold(cell: Cell): number | undefined {
    if (this.isBlankTotal(cell)) return this.blankTotal(cell);
    return this.wrongCellAt(cell)?.value;
  }

  wrongCellAt(cell: Cell): WrongCell | undefined {
    return this.wrongCells.find((w) => w.cell === cell);
  }

  /** The known identities a cell takes part in. */
  checksOf(cell: Cell): Check[] {
    return this.checks.filter((check) => involves(check, cell));
  }

  nameOf(cell: Cell): CellName | undefined {
    return this.names.nameOf(cell);
  }

  private blankTotal(total: Cell): number | undefined {
    if (this.blankTotals.has(total)) return this.blankTotals.get(total);
    this.blankTotals.set(total, undefined); // guards against a cycle through a malformed table
    let sum: number | undefined = 0;
    for (const part of this.definingSum.get(total)!.right) {
      const v = this.value(part);
      sum = v === undefined || sum === undefined ? undefined : sum + v;
    }
    const result = sum === undefined ? undefined : round(sum);
    this.blankTotals.set(total, result);
    return result;
  }
}
