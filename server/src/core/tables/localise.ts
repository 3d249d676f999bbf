import type { Cell } from '../model/report';
import { involves, weightOf, type Check } from './evaluate';
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
  for (const broken of brokenByGroup(checks)) {
    const explanations: WrongCell[] = [];
    for (const cell of new Set(cellsOf(broken[0].identity))) {
      if (!canBeWrong(cell)) continue;
      const own = checks.filter((check) => involves(check, cell));
      if (!broken.every((b) => own.includes(b))) continue;
      const change = changeThatMakesAllHold(cell, own);
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

/**
 * The broken checks, in groups of checks connected by shared cells, each group's in the checks'
 * order and the groups in the order of their first check. Found by joining each check to the first
 * that shares a cell with it (union–find on the checks' numbers; a group is known by its first
 * check's): this runs on every check of a table that does not balance, the editor's included.
 */
function brokenByGroup(checks: readonly Check[]): Check[][] {
  const first = checks.map((_, i) => i);
  const groupOf = (i: number): number => {
    while (first[i] !== i) i = first[i] = first[first[i]];
    return i;
  };
  const firstWith = new Map<Cell, number>();
  checks.forEach((check, i) => {
    for (const side of [check.identity.left, check.identity.right]) {
      for (const cell of side) {
        const earlier = firstWith.get(cell);
        if (earlier === undefined) firstWith.set(cell, i);
        else {
          const [a, b] = [groupOf(earlier), groupOf(i)];
          if (a !== b) first[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
  });
  const broken = new Map<number, Check[]>();
  checks.forEach((check, i) => {
    if (check.holds) return;
    const group = groupOf(i);
    const list = broken.get(group);
    if (list) list.push(check);
    else broken.set(group, [check]);
  });
  return [...broken].sort(([a], [b]) => a - b).map(([, list]) => list);
}
