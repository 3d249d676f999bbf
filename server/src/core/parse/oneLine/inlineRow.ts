import type { Cell, TableReading, TableRow } from '../../model/report';
import { range } from '../../text/position';
import { parseCellValue } from '../cellValue';
import { splitDigitRun } from './digitRun';
import type { LabelledRun, Offsets } from './labelledRuns';

/** The text `line[start, end)` as a cell, its range exactly those characters. */
export function inlineCell(lineNumber: number, line: string, { start, end }: Offsets): Cell {
  const text = line.slice(start, end);
  const r = range(lineNumber, start, end);
  return { text, range: r, markRange: r, value: parseCellValue(text) };
}

export function inlineRow(lineNumber: number, cells: Cell[]): TableRow {
  return { cells, layout: 'inline', startLine: lineNumber, endLine: lineNumber };
}

/** A row read from its label and run; `unread` says why, and where, its numbers could not be taken with certainty. */
export interface ReadRun {
  row: TableRow;
  unread?: TableReading['uncertain'];
}

/** A table written inline: its rows, for the table readers, and the first row that could not be read. */
export interface InlineTable {
  rows: TableRow[];
  uncertain?: TableReading['uncertain'];
}

export function inlineTable(reads: readonly ReadRun[]): InlineTable {
  return { rows: reads.map((r) => r.row), uncertain: reads.find((r) => r.unread)?.unread };
}

/**
 * The row of a label and its run: the label cell, then the run split into
 * `cellCount` cells where `allows` (the table's identities) leaves one reading.
 * Otherwise the row keeps only its label, so the row is known and no number guessed.
 */
export function readRun<K>(
  lineNumber: number,
  line: string,
  found: LabelledRun<K>,
  cellCount: number,
  allows: (values: number[]) => boolean,
): ReadRun {
  const label = inlineCell(lineNumber, line, found.label);
  const cells = [label];
  if (found.stray) return { row: inlineRow(lineNumber, cells), unread: { why: 'stray-numbers', range: label.range } };
  const split = splitDigitRun(line.slice(found.run.start, found.run.end), cellCount, allows);
  if (split.kind !== 'unique') return { row: inlineRow(lineNumber, cells), unread: { why: 'digit-runs', range: label.range } };
  for (const [start, end] of split.cells) cells.push(inlineCell(lineNumber, line, { start: found.run.start + start, end: found.run.start + end }));
  return { row: inlineRow(lineNumber, cells) };
}
