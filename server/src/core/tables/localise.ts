import type { Cell } from '../model/report';
import { weightOf, type Check } from './evaluate';
import { cellsOf } from './identities';
import { round } from './numbers';

/** A cell that alone explains the broken identities it takes part in. */
export interface WrongCell {
  cell: Cell;
  /** The value that makes every identity the cell takes part in hold (computed). */
  value: number;
  broken: Check[];
}

export interface Localisation {
  wrongCells: WrongCell[];
  /** Broken identities no single cell explains. */
  unexplained: Check[];
}

/**
 * Which cell explains the broken identities. The identities fall into groups
 * that share no cell (表三, and each group of 表四), and a fault in one group
 * says nothing about another, so each group is localised on its own. In a
 * group, a cell explains the breaks when it takes part in every broken identity
 * and one value for it makes every identity it takes part in hold, the broken
 * ones and those that hold. Exactly one such cell is the wrong cell; none or
 * several (two wrong cells, a 表四 group where any of five could be wrong)
 * leave the breaks unexplained.
 *
 * `canBeWrong` leaves out cells whose value is derived (a blank total, counted
 * as the sum it should hold).
 */
export function localise(checks: readonly Check[], valueOf: (cell: Cell) => number, canBeWrong: (cell: Cell) => boolean): Localisation {
  const result: Localisation = { wrongCells: [], unexplained: [] };
  // Most tables balance: then there is nothing to localise, and no need to group the identities.
  if (checks.every((c) => c.holds)) return result;
  const checksOf = new Map<Cell, Check[]>();
  for (const check of checks) {
    for (const cell of cellsOf(check.identity)) {
      const list = checksOf.get(cell) ?? [];
      if (!list.includes(check)) list.push(check);
      checksOf.set(cell, list);
    }
  }
  for (const group of groupsSharingCells(checks, checksOf)) {
    const broken = checks.filter((c) => !c.holds && group.has(c));
    if (!broken.length) continue;
    const explanations: WrongCell[] = [];
    for (const cell of new Set(cellsOf(broken[0].identity))) {
      if (!canBeWrong(cell) || !broken.every((b) => checksOf.get(cell)!.includes(b))) continue;
      const change = changeThatMakesAllHold(cell, checksOf.get(cell)!);
      if (change !== undefined && change !== 0) explanations.push({ cell, value: round(valueOf(cell) + change), broken });
    }
    if (explanations.length === 1) result.wrongCells.push(explanations[0]);
    else result.unexplained.push(...broken);
  }
  return result;
}

/** The one change of the cell that makes all these identities hold, if there is one. */
function changeThatMakesAllHold(cell: Cell, checks: readonly Check[]): number | undefined {
  let change: number | undefined;
  for (const check of checks) {
    const weight = weightOf(check, cell);
    if (weight === 0) continue;
    const needed = round((check.right - check.left) / weight);
    if (change === undefined) change = needed;
    else if (change !== needed) return undefined;
  }
  return change;
}

/** The checks in groups connected by shared cells. */
function groupsSharingCells(checks: readonly Check[], checksOf: Map<Cell, Check[]>): Set<Check>[] {
  const seen = new Set<Check>();
  const groups: Set<Check>[] = [];
  for (const start of checks) {
    if (seen.has(start)) continue;
    const group = new Set([start]);
    seen.add(start);
    for (const check of group) {
      for (const cell of cellsOf(check.identity)) {
        for (const next of checksOf.get(cell)!) {
          if (seen.has(next)) continue;
          seen.add(next);
          group.add(next);
        }
      }
    }
    groups.push(group);
  }
  return groups;
}
