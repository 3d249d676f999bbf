import type { ReviewTable, Section } from '../model/report';
import { REVIEW_CELL_COUNT, REVIEW_COLUMNS } from '../model/schema';
import { squeeze } from './normalize';
import { takeValues } from './takeValues';

/** Words of 表四's header rows (`结果 维持` as 003 writes it squeezes to `结果维持`). */
const HEADER_WORDS = new Set<string>(['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...REVIEW_COLUMNS]);

/**
 * 表四: the first row of at least five cells with no header word and mostly
 * numbers holds the fifteen numbers. A stray word among them (`1O`) is then a
 * malformed cell of the table, not a reason to lose the whole table.
 */
export function readReviewTable(section: Section): ReviewTable | undefined {
  const row = section.rows.find((r) => {
    if (r.cells.length < 5 || r.cells.some((c) => HEADER_WORDS.has(squeeze(c.text)))) return false;
    const numbers = r.cells.filter((c) => c.value.kind === 'number').length;
    const words = r.cells.filter((c) => c.value.kind === 'text').length;
    return words === 0 || numbers > words;
  });
  if (!row) return undefined;
  return { section, row, ...takeValues(row.cells, REVIEW_CELL_COUNT) };
}
