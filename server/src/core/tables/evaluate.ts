import type { Cell } from '../model/report';
import type { Identity } from './identities';
import { round } from './numbers';

/** An identity on the numbers of the document: both sides summed. */
export interface Check {
  identity: Identity;
  left: number;
  right: number;
  holds: boolean;
}

/** Undefined when a cell of it holds text that is no number: the identity is unknown, and skipped. */
export function evaluate(identity: Identity, valueOf: (cell: Cell) => number | undefined): Check | undefined {
  const sum = (cells: readonly Cell[]) => {
    let s = 0;
    for (const c of cells) {
      const v = valueOf(c);
      if (v === undefined) return undefined;
      s += v;
    }
    return round(s);
  };
  const left = sum(identity.left);
  const right = sum(identity.right);
  if (left === undefined || right === undefined) return undefined;
  return { identity, left, right, holds: left === right };
}

/** How much Σ left − Σ right grows when the cell grows by 1. */
export function weightOf(check: Check, cell: Cell): number {
  const count = (cells: readonly Cell[]) => cells.filter((c) => c === cell).length;
  return count(check.identity.left) - count(check.identity.right);
}

export function involves(check: Check, cell: Cell): boolean {
  return check.identity.left.includes(cell) || check.identity.right.includes(cell);
}
