import type { Cell } from '../model/report';
import { describeCell } from '../tables/describe';
import type { TableMath } from '../tables/tableMath';
import type { RelatedPlace } from './rule';

/** The cells that explain an arithmetic finding, each with its content as written; each cell once. */
export function relatedCells(cells: Iterable<Cell>, math: TableMath): RelatedPlace[] {
  return [...new Set(cells)].map((c) => ({ range: c.markRange, message: describeCell(c, math) }));
}
