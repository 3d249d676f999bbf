import { t } from '../l10n';
import type { Report, Section, SubHeading } from '../model/report';
import type { Range } from '../text/position';
import { lastContentLine, linesRange, sectionRange, tableExtents, tableRanges, tableTitle, type TableExtent } from './extents';

/** One entry of the document outline (LSP's DocumentSymbol, without the LSP types). */
export interface OutlineItem {
  name: string;
  detail?: string;
  kind: 'section' | 'subheading' | 'table';
  /** Everything the entry covers: a section to its last line, a table all its rows. */
  range: Range;
  /** What to highlight when the entry is picked: the heading, the marker, the first row; inside `range`. */
  selectionRange: Range;
  children: OutlineItem[];
}

/** Sections, with their sub-headings `（一）` › `1.` nested inside, and the tables where they stand. */
export function outline(report: Report): OutlineItem[] {
  const tables = tableExtents(report);
  return report.sections.map((section) => sectionItem(report, section, tables.filter((x) => x.section === section)));
}

/** A sub-heading name stops at the end of its first phrase; many run on into a paragraph. */
const NAME_END = /[。；;：:]/;
const MAX_NAME = 40;

function sectionItem(report: Report, section: Section, tables: TableExtent[]): OutlineItem {
  const item: OutlineItem = {
    name: section.heading.text,
    kind: 'section',
    range: sectionRange(report, section),
    selectionRange: section.heading.range,
    children: [],
  };
  const entries = [
    ...section.subHeadings.map((h) => ({ line: h.line, level: h.level, item: subHeadingItem(report, section, h) })),
    // A table is a leaf: it belongs to the innermost heading before it.
    ...tables.map((x) => ({ line: x.startLine, level: Infinity, item: tableItem(report, x) })),
  ].sort((a, b) => a.line - b.line);

  const open: { level: number; item: OutlineItem }[] = [{ level: 0, item }];
  for (const entry of entries) {
    while (open[open.length - 1].level >= entry.level) open.pop();
    open[open.length - 1].item.children.push(entry.item);
    if (entry.level !== Infinity) open.push(entry);
  }
  return item;
}

/** A sub-heading runs until the next one of its level or above, or the end of the section. */
function subHeadingItem(report: Report, section: Section, heading: SubHeading): OutlineItem {
  const next = section.subHeadings.find((h) => h.line > heading.line && h.level <= heading.level);
  const endLine = lastContentLine(report.lines, heading.line, next ? next.line - 1 : section.endLine);
  const start = heading.marker.range.start.character;
  const rest = report.lines.lines[heading.line].slice(start);
  const phraseEnd = rest.search(NAME_END);
  const phrase = (phraseEnd >= 0 ? rest.slice(0, phraseEnd) : rest).trimEnd();
  const shown = phrase.slice(0, MAX_NAME);
  return {
    name: shown.length < phrase.length ? `${shown}…` : shown,
    kind: 'subheading',
    range: linesRange(report.lines, heading.line, endLine),
    selectionRange: { start: heading.marker.range.start, end: { line: heading.line, character: start + shown.length } },
    children: [],
  };
}

function tableItem(report: Report, extent: TableExtent): OutlineItem {
  return {
    name: tableTitle(extent.table),
    detail: extent.isImage ? t('table is an image') : undefined,
    kind: 'table',
    ...tableRanges(report, extent),
    children: [],
  };
}
