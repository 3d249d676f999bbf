import type { Report, Section } from '../model/report';
import { CHINESE_NUMERALS, SECTIONS } from '../model/schema';
import type { TableNumber } from '../fixes/tableTemplate';
import type { Range } from '../text/position';
import type { TextLines } from '../text/textLines';

/**
 * Where sections and tables begin and end, as the outline, folding and the
 * per-table code actions see them: whole lines, trailing blank lines left out.
 */
export interface TableExtent {
  table: TableNumber;
  section: Section;
  /** Lines of the table's rows; for a table that is only a picture, the `[image: ]` line. */
  startLine: number;
  endLine: number;
  isImage: boolean;
}

/** The tables the sections hold, in document order. */
export function tableExtents(report: Report): TableExtent[] {
  const extents: TableExtent[] = [];
  for (const section of report.sections) {
    const table = SECTIONS[section.id - 1].table;
    if (!table) continue;
    const { rows, images } = section;
    if (rows.length > 0) {
      extents.push({ table, section, startLine: rows[0].startLine, endLine: rows[rows.length - 1].endLine, isImage: false });
    } else if (images.length > 0) {
      const line = images[0].start.line;
      extents.push({ table, section, startLine: line, endLine: line, isImage: true });
    }
  }
  return extents;
}

/** `表三 收到和处理政府信息公开申请情况`: the table's number and the title of the section that holds it. */
export function tableTitle(table: TableNumber): string {
  const title = SECTIONS.find((s) => s.table === table)?.title ?? '';
  return `表${CHINESE_NUMERALS[table - 1]} ${title}`;
}

/** The last line in [from, to] with something on it; `from` when all are blank. */
export function lastContentLine(lines: TextLines, from: number, to: number): number {
  for (let line = to; line > from; line--) {
    if (/[^\s\u3000\uFEFF]/.test(lines.lines[line])) return line;
  }
  return from;
}

/** The section from its heading to its last non-blank line. */
export function sectionEndLine(report: Report, section: Section): number {
  return lastContentLine(report.lines, section.startLine, section.endLine);
}

/** What a section covers: whole lines, or in a one-line report its heading and the text up to the next heading. */
export function sectionRange(report: Report, section: Section): Range {
  const inline = section.inlineBody;
  return inline ? { start: section.heading.range.start, end: inline.end } : linesRange(report.lines, section.startLine, sectionEndLine(report, section));
}

/**
 * What a table covers and what to highlight of it: whole lines and the first
 * one's text, or in a one-line report its cells from the first to the last.
 */
export function tableRanges(report: Report, extent: TableExtent): { range: Range; selectionRange: Range } {
  const cells = extent.section.rows.flatMap((r) => (r.layout === 'inline' ? r.cells : []));
  if (cells.length > 0) {
    return { range: { start: cells[0].range.start, end: cells[cells.length - 1].range.end }, selectionRange: cells[0].range };
  }
  const inline = extent.section.inlineBody;
  if (inline) return { range: inline, selectionRange: inline };
  return { range: linesRange(report.lines, extent.startLine, extent.endLine), selectionRange: lineContentRange(report.lines, extent.startLine) };
}

/** Whole lines `startLine`..`endLine`, from the first character to the end of the last line. */
export function linesRange(lines: TextLines, startLine: number, endLine: number): Range {
  return { start: { line: startLine, character: 0 }, end: lines.lineEnd(endLine) };
}

/** The text of a line without its indentation and trailing blanks. */
export function lineContentRange(lines: TextLines, line: number): Range {
  const text = lines.lines[line];
  const start = Math.max(0, text.search(/[^\s\u3000\uFEFF]/));
  const end = Math.max(start, text.trimEnd().length);
  return { start: { line, character: start }, end: { line, character: end } };
}
