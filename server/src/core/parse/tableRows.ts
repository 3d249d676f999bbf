import type { Cell, Layout, TableRow } from '../model/report';
import type { TextLines } from '../text/textLines';
import { range, type Range } from '../text/position';
import { parseCellValue } from './cellValue';
import { isGroupLabel } from './labels';
import { isCellPadding } from './normalize';
import { DISCLOSURE_ROW_NAMES } from '../model/schema';
import { matchesIn } from '../text/matches';

/** What a line is, as far as tables go. */
export type TableLineKind = 'cell' | 'row' | 'pipe' | 'pipe-delimiter' | 'spaced' | undefined;

const PIPE_DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Layout A writes one cell per line after a single leading TAB; layout B one row
 * per line with TAB-separated cells; layout D pipe rows, with or without outer pipes.
 */
export function tableLineKind(line: string): TableLineKind {
  const tab = line.indexOf('\t');
  if (tab >= 0) return tab === 0 && line.indexOf('\t', 1) < 0 ? 'cell' : 'row';
  if (PIPE_DELIMITER.test(line)) return 'pipe-delimiter';
  if (line.indexOf('|') < 0) return isSpacedRow(line) ? 'spaced' : undefined;
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && trimmed.length > 1) return 'pipe';
  // Web-page copies: cells split by ` | ` with no outer pipes.
  return (line.match(/ \| /g)?.length ?? 0) >= 2 ? 'pipe' : undefined;
}

/**
 * Layout E (PDF → text): cells are runs of two or more spaces apart. A line is a
 * row when it ends in a number or when all its cells are short words (a header);
 * a line of prose has no such gaps, or long text with punctuation between them.
 * Plain lines a converter left (`第二十条第（五）项`, `行政许可 97`) are rows too.
 */
export function isSpacedRow(line: string): boolean {
  // Most prose lines have none of the marks of a row: answer those without splitting.
  if (line.length > SPACED_ROW_MAX || !(line.includes('  ') || line.includes('第二十条') || /\d$/.test(line))) return false;
  const spans = spacedCellSpans(line);
  if (spans.length === 1) {
    const text = line.slice(spans[0][0], spans[0][1]);
    return isGroupLabel(text) || PLAIN_LABELLED_NUMBERS.test(text);
  }
  if (spans.length < 2) return false;
  const last = line.slice(spans[spans.length - 1][0], spans[spans.length - 1][1]);
  const lastValue = parseCellValue(last).kind;
  if (lastValue === 'number' || lastValue === 'not-applicable') return true;
  return spans.every(([s, e]) => e - s <= HEADER_CELL_MAX && !SENTENCE_PUNCTUATION.test(line.slice(s, e)));
}

const HEADER_CELL_MAX = 16;
/** Longer lines are prose: a row of 表三 with its label and seven numbers fits well within this. */
const SPACED_ROW_MAX = 400;
const SENTENCE_PUNCTUATION = /[。，；：,;:]/;
/** A 表二 row written as a plain line: its name, then numbers one space apart. */
const PLAIN_LABELLED_NUMBERS = new RegExp(`^(?:${DISCLOSURE_ROW_NAMES.join('|')})(?: [\\d.]+)+$`);

/** The spans [start, end) of a layout E line's cells: text between runs of two or more spaces. */
function spacedCellSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  const gap = /(?: {2,}|^ +| +$)/g;
  let start = 0;
  for (const m of matchesIn(line, gap)) {
    if (m.index > start) spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < line.length) spans.push([start, line.length]);
  // A plain labelled line (`行政许可 97`) is one span here; its cells are split on single spaces.
  if (spans.length === 1 && PLAIN_LABELLED_NUMBERS.test(line.slice(spans[0][0], spans[0][1]))) {
    const [s, e] = spans[0];
    return [...line.slice(s, e).matchAll(/\S+/g)].map((m) => [s + m.index!, s + m.index! + m[0].length]);
  }
  return spans;
}

/** Cells of a layout E line. */
export function splitSpacedLine(lines: TextLines, line: number): Cell[] {
  return spacedCellSpans(lines.lines[line]).map(([s, e]) => makeCell(lines, line, s, e, 'spaced'));
}

/** A wrapped header cell (`本年新` / `制作数量`) continues on a short untabbed line. */
export function isCellContinuation(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 12 && !/[、。：:；;]/.test(t) && !/^[[（(]/.test(t);
}

/** Builds a cell from the segment [start, end) of one line. */
function makeCell(lines: TextLines, line: number, start: number, end: number, layout: Layout): Cell {
  const text = lines.lines[line];
  let s = start;
  let e = end;
  while (s < e && isCellPadding(text.charCodeAt(s))) s++;
  while (e > s && isCellPadding(text.charCodeAt(e - 1))) e--;
  if (s === e) {
    // Empty: the blanks between the separators are the cell, so replacing them
    // fills it; in a pipe row keep the space after the pipe.
    s = layout === 'pipes' ? Math.min(start + 1, end) : start;
    e = layout === 'pipes' ? s : end;
  }
  const r = range(line, s, e);
  const cellText = text.slice(s, e);
  return {
    text: cellText,
    range: r,
    markRange: s < e ? r : visibleMark(line, start, end, text.length, layout),
    value: parseCellValue(cellText),
  };
}

/**
 * What to underline for an empty cell, as a zero-width range inside a line is hard to see:
 * its blanks if it has any, else the separator after it. The last cell of a line has none
 * after it: in layout A the TAB before it, which is its own line's; in a row of cells that
 * TAB may be the mark of the empty cell before it, so its own zero-width range at the line's
 * end, which editors draw one character wide (VS Code does). Two empty cells side by side
 * never share a mark, and a mark starts in its cell's own place, where a reader's source map
 * finds that cell (`t2:r4:c10`, not the column before it).
 */
function visibleMark(line: number, start: number, end: number, lineLength: number, layout: Layout): Range {
  if (end > start) return range(line, start, end);
  if (end < lineLength) return range(line, end, end + 1);
  return layout === 'cells' ? range(line, Math.max(start - 1, 0), Math.min(Math.max(start, 1), lineLength)) : range(line, start, end);
}

/** Cells of a TAB-separated (B) or pipe (D) row line. */
export function splitRowLine(lines: TextLines, line: number, layout: 'rows' | 'pipes'): Cell[] {
  const text = lines.lines[line];
  const sep = layout === 'rows' ? '\t' : '|';
  const bounds: number[] = [-1];
  for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) bounds.push(i);
  bounds.push(text.length);
  const cells: Cell[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = bounds[k] + 1;
    const end = bounds[k + 1];
    if (layout === 'pipes') {
      const segment = text.slice(start, end);
      // The text before a leading pipe and after a trailing pipe is not a cell.
      if ((k === 0 || k === bounds.length - 2) && segment.trim() === '' && bounds.length > 2) continue;
    }
    cells.push(makeCell(lines, line, start, end, layout));
  }
  return cells;
}

/**
 * Layout A: the cells of consecutive TAB lines up to the next blank line form
 * one row; a short untabbed line right after a cell continues that cell.
 */
export function cellPerLineRow(lines: TextLines, first: number, last: number, continuation: Set<number>): TableRow {
  const cells: Cell[] = [];
  for (let line = first; line <= last; line++) {
    const text = lines.lines[line];
    if (continuation.has(line)) {
      const prev = cells[cells.length - 1];
      const piece = makeCell(lines, line, 0, text.length, 'cells');
      const joined = prev.text + piece.text;
      cells[cells.length - 1] = {
        text: joined,
        range: { start: prev.range.start, end: piece.range.end },
        markRange: { start: prev.markRange.start, end: piece.range.end },
        value: parseCellValue(joined),
      };
    } else {
      cells.push(makeCell(lines, line, 1, text.length, 'cells'));
    }
  }
  return { cells, layout: 'cells', startLine: first, endLine: last };
}
