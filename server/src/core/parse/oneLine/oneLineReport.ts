import type { Section, TableReading } from '../../model/report';
import { SECTIONS } from '../../model/schema';
import { range } from '../../text/position';
import type { TextLines } from '../../text/textLines';
import { isBlankLine } from '../normalize';
import { findInlineHeadings } from './inlineHeadings';
import { inlineApplicationRows } from './inlineApplicationRows';
import { inlineDisclosureRows } from './inlineDisclosureRows';
import type { Offsets } from './labelledRuns';
import type { InlineTable } from './inlineRow';
import { inlineReviewRow } from './inlineReviewRow';

/** Most of the six headings must stand on one line for it to be read as the whole report. */
const MIN_HEADINGS = 4;

const INLINE_TABLES: Record<2 | 3 | 4, (lineNumber: number, line: string, body: Offsets) => InlineTable> = {
  2: inlineDisclosureRows,
  3: inlineApplicationRows,
  4: inlineReviewRow,
};

/** Layout F: the sections of a report written on one line, and why a table in them could not be read with certainty. */
export interface OneLineReport {
  line: number;
  sections: Section[];
  uncertain: Map<Section, NonNullable<TableReading['uncertain']>>;
}

/**
 * A web page saved as text puts the whole report on one line: the line with
 * most of the six headings inline is read as the report, each section from its
 * heading to the next, its table from the cells run together in between.
 */
export function readOneLineReport(lines: TextLines): OneLineReport | undefined {
  let best: { line: number; headings: ReturnType<typeof findInlineHeadings> } | undefined;
  lines.lines.forEach((text, line) => {
    const headings = findInlineHeadings(text);
    if (headings.length > (best?.headings.length ?? 0)) best = { line, headings };
  });
  if (!best || best.headings.length < MIN_HEADINGS) return undefined;
  const { line, headings } = best;
  const text = lines.lines[line];
  const uncertain: OneLineReport['uncertain'] = new Map();
  const sections = headings.map((h, i): Section => {
    const body = { start: h.end, end: i + 1 < headings.length ? headings[i + 1].start : Math.max(h.end, text.trimEnd().length) };
    const table = SECTIONS[h.id - 1].table;
    const read = table ? INLINE_TABLES[table](line, text, body) : { rows: [] };
    const section: Section = {
      id: h.id,
      writtenNumber: h.writtenNumber,
      heading: { text: text.slice(h.start, h.end), range: range(line, h.start, h.end) },
      startLine: line,
      endLine: line,
      inlineBody: range(line, body.start, body.end),
      hasContent: !isBlankLine(text.slice(body.start, body.end)),
      subHeadings: [],
      rows: read.rows,
      images: [],
    };
    if (read.uncertain) uncertain.set(section, read.uncertain);
    return section;
  });
  return { line, sections, uncertain };
}
