import type { ApplicationTable, DisclosureTable, Layout, Report, ReviewTable, Section, Span, TableReading, TableRow } from '../model/report';
import type { Range } from '../text/position';
import { linesFromTop } from '../text/linesFromTop';
import { TextLines } from '../text/textLines';
import { readApplicationTable } from './applicationTable';
import { readDisclosureTable } from './disclosureTable';
import { matchSectionHeading, matchSubHeading } from './headings';
import { EXPORT_NOISE, isBlankLine, isPageNumber } from './normalize';
import { readOneLineReport } from './oneLine/oneLineReport';
import { readReviewTable } from './reviewTable';
import { findTitle } from './title';
import { cellPerLineRow, isCellContinuation, splitRowLine, splitSpacedLine, tableLineKind } from './tableRows';
import { findVersionMarks } from './versionMarks';
import { findYear } from './year';

const IMAGE = /^\s*(?:\[image:[^\]]*\]|!\[[^\]]*\]\([^)]*\))\s*$/i;
/** Where to look for a year when the draft has no section heading at all. */
const PREAMBLE_LINES = 30;

/**
 * Turns a draft in any layout into the report model. Linear in the text, and
 * total: whatever the input, it returns a model and never throws.
 */
export function parseReport(text: string): Report {
  const lines = new TextLines(text);
  const rows: TableRow[] = [];
  const images: Range[] = [];
  const prose: number[] = [];
  const headings: { line: number; id: Section['id']; writtenNumber: number; span: Span }[] = [];
  const layoutCount: Record<Layout, number> = { cells: 0, rows: 0, pipes: 0, spaced: 0 };

  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lines[line];
    const kind = tableLineKind(text);
    if (kind === 'cell') {
      const continuation = new Set<number>();
      let last = line;
      for (let next = line + 1; next < lines.lineCount; next++) {
        const nextText = lines.lines[next];
        const nextKind = tableLineKind(nextText);
        if (nextKind === 'cell') last = next;
        else if (!nextKind && isCellContinuation(nextText) && !matchSectionHeading(nextText)) continuation.add((last = next));
        else break;
      }
      rows.push(cellPerLineRow(lines, line, last, continuation));
      layoutCount.cells++;
      line = last;
    } else if (kind === 'row' || kind === 'pipe') {
      const layout = kind === 'row' ? 'rows' : 'pipes';
      rows.push({ cells: splitRowLine(lines, line, layout), layout, startLine: line, endLine: line });
      layoutCount[layout]++;
    } else if (kind === 'spaced') {
      rows.push({ cells: splitSpacedLine(lines, line), layout: 'spaced', startLine: line, endLine: line });
      layoutCount.spaced++;
    } else if (kind === 'pipe-delimiter' || isBlankLine(text) || isPageNumber(text)) {
      continue;
    } else if (IMAGE.test(text)) {
      const start = text.search(/\S/);
      images.push({ start: { line, character: start }, end: { line, character: text.trimEnd().length } });
    } else {
      const heading = matchSectionHeading(text);
      if (heading) {
        const span = { text: text.slice(heading.start, heading.end), range: lineRange(line, heading.start, heading.end) };
        headings.push({ line, id: heading.id, writtenNumber: heading.writtenNumber, span });
      } else if (!isBlankLine(text.replace(EXPORT_NOISE, ''))) {
        prose.push(line);
      }
    }
  }

  // Layout F, the whole report on one line, only where no line starts a section.
  const oneLine = headings.length === 0 ? readOneLineReport(lines) : undefined;
  const sections: Section[] = oneLine?.sections ?? headings.map((h, i) => {
    const endLine = i + 1 < headings.length ? headings[i + 1].line - 1 : lines.lineCount - 1;
    const inBody = <T>(items: readonly T[], lineOf: (item: T) => number) => linesIn(items, lineOf, h.line + 1, endLine);
    const bodyProse = inBody(prose, (line) => line);
    const section: Section = {
      id: h.id,
      writtenNumber: h.writtenNumber,
      heading: h.span,
      startLine: h.line,
      endLine,
      hasContent: false,
      subHeadings: [],
      rows: inBody(rows, (r) => r.startLine),
      images: inBody(images, (r) => r.start.line),
    };
    section.hasContent = bodyProse.length > 0 || section.rows.length > 0 || section.images.length > 0;
    for (const line of bodyProse) {
      const m = matchSubHeading(lines.lines[line]);
      if (m) {
        const marker = { text: lines.lines[line].slice(m.start, m.end), range: lineRange(line, m.start, m.end) };
        section.subHeadings.push({ level: m.level, number: m.number, marker, line });
      }
    }
    return section;
  });

  // A section written twice (a draft with two numbering sequences) holds its table in one of them.
  const sectionOf = (table: 2 | 3 | 4) =>
    sections.find((s) => s.id === table && s.rows.length > 0) ?? sections.find((s) => s.id === table);
  const disclosureSection = sectionOf(2);
  const applicationSection = sectionOf(3);
  const reviewSection = sectionOf(4);
  const uncertain = (section: Section) => oneLine?.uncertain.get(section);
  const disclosure = disclosureSection && withReading(readDisclosureTable(disclosureSection), uncertain(disclosureSection));
  const applications = applicationSection && withReading(readApplicationTable(applicationSection), uncertain(applicationSection));
  const reviews = reviewSection && withReading(readReviewTable(reviewSection) ?? unreadReviewTable(reviewSection, uncertain(reviewSection)), uncertain(reviewSection));
  // Between a table's rows, lines of text are fragments of its labels: not sub-headings, not prose.
  // (A one-line report's tables share their line with its prose.)
  const spans = oneLine ? [] : [disclosure, applications, reviews].flatMap((t) => (t ? [tableSpan(t)] : []));
  const inTable = (line: number) => spans.some(([first, last]) => first <= line && line <= last);
  for (const section of sections) section.subHeadings = section.subHeadings.filter((s) => !inTable(s.line));
  const versionMarks = findVersionMarks(disclosure, applications);
  const versions = new Set(versionMarks.map((m) => m.version));

  return {
    lines,
    // A one-line report's title is on the line of its headings, before them.
    ...titleAndYear(lines, oneLine ? oneLine.line + 1 : headings[0]?.line),
    // A one-line report has no table lines to follow: a table is inserted into it row per line.
    layout: oneLine ? 'rows' : dominantLayout(layoutCount, lines),
    sections,
    disclosure,
    applications,
    reviews,
    versionMarks,
    format: versions.size > 1 ? 'mixed' : versions.size === 1 ? [...versions][0] : undefined,
    proseLines: prose.filter((line) => !inTable(line)),
  };
}

/** The first and last line of a table's rows (and 表二's group labels). */
function tableSpan(table: DisclosureTable | ApplicationTable | ReviewTable): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  const take = (from: number, to: number) => {
    first = Math.min(first, from);
    last = Math.max(last, to);
  };
  if ('groups' in table) {
    for (const group of table.groups) {
      if (group.label) take(group.label.range.start.line, group.label.range.start.line);
      for (const { row } of group.rows) take(row.startLine, row.endLine);
    }
  } else if ('rows' in table) {
    for (const { row } of table.rows) take(row.startLine, row.endLine);
  } else {
    take(table.row.startLine, table.row.endLine);
  }
  return [first, last];
}

function withReading<T extends TableReading>(table: T | undefined, uncertain: TableReading['uncertain']): T | undefined {
  if (table && uncertain) table.uncertain = uncertain;
  return table;
}

/** 表四 whose fifteen numbers could not be split: the table is there, its numbers are not read. */
function unreadReviewTable(section: Section, uncertain: TableReading['uncertain']): ReviewTable | undefined {
  return uncertain && section.rows[0] ? { section, row: section.rows[0], values: [], extra: [] } : undefined;
}

/**
 * Only the title and the year, from the top of a draft: whose report of which
 * year a file is, without parsing its tables.
 */
export function parseTitleAndYear(text: string): Pick<Report, 'title' | 'year'> {
  const { top, headingLine } = downToFirstHeading(text);
  return titleAndYear(new TextLines(top), headingLine);
}

/**
 * As parseTitleAndYear, from the start of a longer text: undefined unless the start holds section 一's
 * line whole, as the rest could change the answer otherwise.
 */
export function parseTitleAndYearFromStart(start: string): Pick<Report, 'title' | 'year'> | undefined {
  const { top, headingLine } = downToFirstHeading(start);
  return headingLine !== undefined && top.length < start.length ? titleAndYear(new TextLines(top), headingLine) : undefined;
}

/**
 * The text down to its first section heading, that heading's line included, and the line's number;
 * all of it when it has none. A run reads the top of every file of a folder: the lines below the
 * heading do not count, so they are not split.
 */
function downToFirstHeading(text: string): { top: string; headingLine?: number } {
  for (const { line, text: content, end } of linesFromTop(text)) {
    if (matchSectionHeading(content)) return { top: text.slice(0, end), headingLine: line };
  }
  return { top: text };
}

/** Both are read before section 一, or in the first PREAMBLE_LINES of a draft with no section heading. */
function titleAndYear(lines: TextLines, firstHeadingLine: number | undefined): Pick<Report, 'title' | 'year'> {
  const before = firstHeadingLine ?? Math.min(lines.lineCount, PREAMBLE_LINES);
  return { title: findTitle(lines, before), year: findYear(lines, before) };
}

/**
 * The items on lines first..last of a list in document order. A binary search,
 * not a filter: a draft with thousands of headings would otherwise cost
 * headings × lines.
 */
function linesIn<T>(items: readonly T[], lineOf: (item: T) => number, first: number, last: number): T[] {
  const firstIndexFrom = (line: number) => {
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (lineOf(items[mid]) < line) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return items.slice(firstIndexFrom(first), firstIndexFrom(last + 1));
}

function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The layout most of the document's table rows use; for a draft with none, rows (pipes in Markdown). */
function dominantLayout(count: Record<Layout, number>, lines: TextLines): Layout {
  const best = (Object.keys(count) as Layout[]).reduce((a, b) => (count[b] > count[a] ? b : a), 'rows');
  if (count[best] > 0) return best;
  return lines.lines.some((l) => /^#{1,6}\s/.test(l)) ? 'pipes' : 'rows';
}
