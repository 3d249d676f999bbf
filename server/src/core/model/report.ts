import type { Range } from '../text/position';
import type { TextLines } from '../text/textLines';
import type { ApplicationRowDef, FormatVersion, SectionId } from './schema';

/**
 * The report model: what one parse of a draft produces, whatever its layout.
 * Every rule, fix and editor feature reads this; nothing re-parses the text.
 */
export interface Report {
  lines: TextLines;
  /** The first lines before section 一, e.g. `…2020年政府信息公开工作年度报告`. */
  title?: Span;
  /** The year the report is on, read from the title (or the opening lines). */
  year?: { value: number; range: Range };
  /** How this document writes its tables; what a table template should be inserted as. */
  layout: Layout;
  sections: Section[];
  disclosure?: DisclosureTable;
  applications?: ApplicationTable;
  reviews?: ReviewTable;
  /** Table elements that belong to one format version only, in document order. */
  versionMarks: VersionMark[];
  /** The version the tables are written in, from the marks; `mixed` when both occur. */
  format: FormatVersion | 'mixed' | undefined;
  /** Lines of running text (not headings, tables or noise), for checks on prose. */
  proseLines: number[];
}

export interface Span {
  text: string;
  range: Range;
}

/**
 * How a table is written: `cells` one cell per line after a TAB (Word export),
 * `rows` one row per line with TAB-separated cells, `pipes` Markdown-style pipe rows,
 * `spaced` one row per line with cells two or more spaces apart (PDF → text).
 */
export type Layout = 'cells' | 'rows' | 'pipes' | 'spaced';

/** How a table row was written: a layout above, or `inline` in a one-line report (layout F), cells run together. */
export type RowLayout = Layout | 'inline';

export interface Section {
  /** Which of the six sections this is, recognised by its key words. */
  id: SectionId;
  /** The number written before `、` (一 = 1), which may disagree with `id`. */
  writtenNumber: number;
  heading: Span;
  /** Line of the heading, and the last line before the next heading (inclusive). */
  startLine: number;
  endLine: number;
  /**
   * In a one-line report (layout F) the body runs on the heading's line, from
   * the heading to the next one; absent when the body is on the lines below.
   */
  inlineBody?: Range;
  /** The body has something besides blank lines and export noise. */
  hasContent: boolean;
  subHeadings: SubHeading[];
  rows: TableRow[];
  /** `[image: ]` placeholders where the draft had a picture of a table. */
  images: Range[];
}

/** `（一）…` is level 1, `1.…` is level 2. */
export interface SubHeading {
  level: 1 | 2;
  number: number;
  /** The marker as written, e.g. `（二）` or `3.`, and its range. */
  marker: Span;
  line: number;
}

/** One row of a table, whatever the layout, with its cells in order. */
export interface TableRow {
  cells: Cell[];
  layout: RowLayout;
  startLine: number;
  endLine: number;
}

export interface Cell {
  /** The cell's text, half-width blanks trimmed; wrapped lines joined. */
  text: string;
  /**
   * The cell's text in the document. For an empty cell, the blanks between its
   * separators (possibly zero-width); replacing this range replaces the cell.
   */
  range: Range;
  /**
   * A visible range to underline, holding `range`: for an empty cell its blanks, else the
   * separator after it; the last of a line, its own place at the line's end (a zero-width
   * range editors draw one character wide), or in layout A the TAB before it.
   */
  markRange: Range;
  value: CellValue;
}

export type CellValue =
  | NumberValue
  | { kind: 'blank' }
  /** `/`, `—`, `-` or `无`: written on purpose, but not a number. */
  | { kind: 'not-applicable' }
  | { kind: 'text' };

export interface NumberValue {
  kind: 'number';
  value: number;
  /** The number written cleanly (`12`, `0.35`, `增加979`), without the unit. */
  clean: string;
  /** A unit written in the cell (`元`, `万`), if any. */
  unit?: string;
  problems: readonly NumberProblem[];
}

export type NumberProblem =
  | 'full-width-digit'
  | 'full-width-space'
  | 'inner-space'
  | 'thousands-separator';

/**
 * Why a table could not be read with certainty. Such a table gets one
 * information-level finding (`unreadable-table`) and no arithmetic finding:
 * a sum over a guessed reading would be a guess too.
 */
export type UncertainReading =
  /** Cells ran together (`7000007`) and the identities allow more than one split, or none. */
  | 'digit-runs'
  /** Rows without labels whose place in the official row list is not certain. */
  | 'unlabelled-rows'
  /** Official rows not found, so sums over them would be incomplete. */
  | 'missing-rows'
  /** Numbers that belong to no row and column that could be told. */
  | 'stray-numbers';

/** What every statistical table carries besides its cells. */
export interface TableReading {
  /** Absent when the table was read with certainty. */
  uncertain?: { why: UncertainReading; range: Range };
}

/** 表二 主动公开政府信息情况: groups under `第二十条第（N）项`. */
export interface DisclosureTable extends TableReading {
  section: Section;
  groups: DisclosureGroup[];
}

export interface DisclosureGroup {
  /** The item of 第二十条: 1, 5, 6, 8 or 9. */
  item: number;
  /** The `第二十条第（N）项` cell; absent when the draft has no group lines. */
  label?: Cell;
  /** Header cells after `信息内容`; empty when the header row is missing. */
  columns: Cell[];
  rows: DisclosureRow[];
}

export interface DisclosureRow {
  row: TableRow;
  label: Cell;
  /** Canonical row name, e.g. `行政许可`. */
  name: string;
  values: Cell[];
  /** Non-empty cells beyond the group's columns. */
  extra: Cell[];
}

/** 表三 收到和处理政府信息公开申请情况. */
export interface ApplicationTable extends TableReading {
  section: Section;
  rows: ApplicationRow[];
}

export interface ApplicationRow {
  row: TableRow;
  /** The official row it is, as the parser resolved it (by its label, or by its order). */
  def: ApplicationRowDef;
  /** The label as written; absent for a row a converter lost the label of, placed by its order. */
  label?: Cell;
  /** Up to seven numbers: 自然人, five kinds of 法人或其他组织, 总计. */
  values: Cell[];
  /** Surplus cells, taken from the left since numbers are read from the right. */
  extra: Cell[];
}

/** 表四 行政复议、行政诉讼情况: fifteen numbers in one row. */
export interface ReviewTable extends TableReading {
  section: Section;
  row: TableRow;
  values: Cell[];
  extra: Cell[];
}

export interface VersionMark {
  version: FormatVersion;
  /** What marks it, as written (a header cell, a row label, a group label). */
  text: string;
  range: Range;
  table: 2 | 3 | 4;
}
