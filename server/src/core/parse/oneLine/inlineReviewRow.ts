import { range } from '../../text/position';
import { REVIEW_CELL_COUNT, REVIEW_COLUMNS } from '../../model/schema';
import type { Offsets } from './labelledRuns';
import { inlineCell, inlineRow, inlineTable, type InlineTable } from './inlineRow';
import { splitDigitRun } from './digitRun';
import { totalsHold } from './totalsHold';

/** 表四's header ends with a 总计; its fifteen numbers follow it. */
const NUMBERS_AFTER_HEADER = /总计[\s\u3000]*(\d[\d \u3000]*)/g;

/** 表四 written inside `line[body]`: the fifteen numbers, split where each group's 总计 allows one reading. */
export function inlineReviewRow(lineNumber: number, line: string, body: Offsets): InlineTable {
  NUMBERS_AFTER_HEADER.lastIndex = body.start;
  const m = NUMBERS_AFTER_HEADER.exec(line);
  if (!m || m.index + m[0].length > body.end) return { rows: [] };
  const run = m[1].trimEnd();
  const start = m.index + m[0].length - m[1].length;
  const split = splitDigitRun(run, REVIEW_CELL_COUNT, totalsHold(REVIEW_COLUMNS.length));
  if (split.kind !== 'unique') {
    return inlineTable([{ row: inlineRow(lineNumber, []), unread: { why: 'digit-runs', range: range(lineNumber, start, start + run.length) } }]);
  }
  const cells = split.cells.map(([s, e]) => inlineCell(lineNumber, line, { start: start + s, end: start + e }));
  return inlineTable([{ row: inlineRow(lineNumber, cells) }]);
}
