import type { ReviewTable, Section } from '../model/report';
import { REVIEW_CELL_COUNT } from '../model/schema';
import { takeValues } from './takeValues';

/** 表四: the first row of at least five cells with no text in it holds the fifteen numbers. */
export function readReviewTable(section: Section): ReviewTable | undefined {
  const row = section.rows.find((r) => r.cells.length >= 5 && r.cells.every((c) => c.value.kind !== 'text'));
  if (!row) return undefined;
  return { section, row, ...takeValues(row.cells, REVIEW_CELL_COUNT) };
}
