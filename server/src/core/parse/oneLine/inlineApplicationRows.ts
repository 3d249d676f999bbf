import { APPLICATION_COLUMNS, APPLICATION_ROWS, type ApplicationRowKey } from '../../model/schema';
import { findLabelledRuns, officialNumber, type Offsets, type RowLabel } from './labelledRuns';
import { inlineTable, readRun, type InlineTable } from './inlineRow';
import { totalsHold } from './totalsHold';

/** Rows of both versions in the official order; a version's rows absent from the text are skipped. */
const LABELS: readonly RowLabel<ApplicationRowKey>[] = APPLICATION_ROWS.map((def) => ({
  key: def.key,
  // The matchers are written for a whole label cell; inline, the label stands among other text.
  pattern: new RegExp(def.match.source.replace(/^\^|\$$/g, ''), 'g'),
  number: officialNumber(def.label),
}));

/** 表三 written inside `line[body]`: each row's label and seven numbers, split where the row's 总计 allows one reading. */
export function inlineApplicationRows(lineNumber: number, line: string, body: Offsets): InlineTable {
  const found = findLabelledRuns(line, body.start, body.end, LABELS);
  return inlineTable(found.map((f) => readRun(lineNumber, line, f, APPLICATION_COLUMNS.length, totalsHold(APPLICATION_COLUMNS.length))));
}
