import {
  APPLICATION_COLUMNS,
  applicationRowsFor,
  DISCLOSURE_GROUPS,
  renderTableTemplate,
  versionForYear,
  type ApplicationRowKey,
  type FormatVersion,
  type Layout,
  type Range,
} from '../../server/src/core/index';

/**
 * Reports built from the official tables, for property tests, the hostile
 * corpus and benchmarks. A report is first a `ReportSpec` (plain data that
 * fast-check can generate and shrink), then text with the place of every
 * number cell known, so a test can say which cell a finding should be on.
 */

export type TableNumber = 2 | 3 | 4;
const TABLES: readonly TableNumber[] = [2, 3, 4];

export interface ReportSpec {
  year: number;
  layout: Layout;
  /** The text of each number cell, per table, in the order the template writes them (row by row). */
  cells: Record<TableNumber, string[]>;
  /** Picks one of the spellings seen in real drafts for every heading. */
  headingStyle: number;
}

export interface GeneratedCell {
  table: TableNumber;
  /** Position in `ReportSpec.cells[table]`. */
  index: number;
  text: string;
  range: Range;
}

export interface GeneratedReport {
  text: string;
  cells: GeneratedCell[];
}

export function versionOf(spec: Pick<ReportSpec, 'year'>): FormatVersion {
  return versionForYear(spec.year);
}

// ---------------------------------------------------------------- writing

/** The six headings as drafts write them: the official wording, then variants from the corpus. */
const HEADINGS: readonly (readonly string[])[] = [
  ['一、总体情况', ' 一、总体情况', '　一、 总体情况'],
  ['二、主动公开政府信息情况', '二、主动公开政府信息情况　'],
  ['三、收到和处理政府信息公开申请情况', '三 、收到和处理政府信息公开申请情况'],
  ['四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  ['五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况', '五、存在的主要问题及整改措施'],
  ['六、其他需要报告的事项'],
];

function prose(section: number, year: number, version: FormatVersion): string[] {
  switch (section) {
    case 1:
      return [
        `${year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。`,
        '（一）主动公开',
        '全年通过政府网站主动公开政府信息，及时回应社会关切。',
        '（二）依申请公开',
        '依法依规办理政府信息公开申请，答复规范及时。',
      ];
    case 5:
      return ['一是公开内容不够全面；二是政策解读形式较为单一。下一步将加强培训，提升公开质量。'];
    case 6:
      return version === '2021' ? [`本机关${year}年未收取信息处理费，发出收费通知0件，收费金额0元，实际收取0元。`] : ['无。'];
    default:
      return [];
  }
}

/** The report as text, LF line endings, with the place of every number cell. */
export function renderReport(spec: ReportSpec): GeneratedReport {
  const version = versionOf(spec);
  const lines = [`示例区人民政府${spec.year}年政府信息公开工作年度报告`, '', '本报告根据《中华人民共和国政府信息公开条例》编制。', ''];
  const cells: GeneratedCell[] = [];
  HEADINGS.forEach((variants, i) => {
    const section = i + 1;
    lines.push(variants[spec.headingStyle % variants.length]);
    const table = section as TableNumber;
    if (TABLES.includes(table)) {
      // Blank lines around a table: a short line right after a cell-per-line table would continue its last cell.
      lines.push('');
      const filled = fillTemplate(renderTableTemplate(table, version, spec.layout), spec.layout, spec.cells[table]);
      filled.cells.forEach((c, index) => {
        const line = lines.length + c.line;
        cells.push({ table, index, text: c.text, range: { start: { line, character: c.start }, end: { line, character: c.end } } });
      });
      lines.push(...filled.lines);
    }
    lines.push(...prose(section, spec.year, version), '');
  });
  return { text: lines.join('\n'), cells };
}

/** The spans [start, end) of a table line's cells, as the layout separates them. */
function cellSpans(line: string, layout: Layout): [number, number][] {
  if (layout === 'cells') return line.startsWith('\t') ? [[1, line.length]] : [];
  if (layout === 'spaced') return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => [m.index!, m.index! + m[0].length]);
  const separator = layout === 'rows' ? '\t' : '|';
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== separator) continue;
    spans.push([start, i]);
    start = i + 1;
  }
  return spans;
}

/** Writes `texts` over the template's `0` cells, in order; every zero must get one. */
function fillTemplate(template: string, layout: Layout, texts: readonly string[]) {
  const cells: { line: number; start: number; end: number; text: string }[] = [];
  const lines = template.split('\n').map((line, lineIndex) => {
    let out = '';
    let copied = 0;
    for (const [start, end] of cellSpans(line, layout)) {
      const segment = line.slice(start, end);
      if (segment.trim() !== '0') continue;
      if (cells.length >= texts.length) throw new Error(`the template has more than ${texts.length} number cells`);
      const zero = start + segment.indexOf('0');
      const text = texts[cells.length];
      out += line.slice(copied, zero);
      cells.push({ line: lineIndex, start: out.length, end: out.length + text.length, text });
      out += text;
      copied = zero + 1;
    }
    return out + line.slice(copied);
  });
  if (cells.length !== texts.length) throw new Error(`the template has ${cells.length} number cells, not ${texts.length}`);
  return { lines, cells };
}

// ---------------------------------------------------------------- balanced numbers

/** The rows of 表三 in template order; a cell's index is `row * 7 + column`. */
export function applicationRowIndex(version: FormatVersion, key: ApplicationRowKey): number {
  return applicationRowsFor(version).findIndex((d) => d.key === key);
}

export const APPLICATION_WIDTH = APPLICATION_COLUMNS.length;
export const REVIEW_GROUP_WIDTH = 5;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Numbers for the three tables in which every identity of FORMAT.md holds:
 * row totals, （七）总计 = the results, 一 + 二 = （七） + 四, 表四's group
 * totals, and 上一年 ± 增减 = 处理决定 in 表二. `draw` gives small non-negative integers.
 */
export function balancedCells(version: FormatVersion, draw: () => number): Record<TableNumber, string[]> {
  return { 2: disclosureCells(version, draw), 3: applicationCells(version, draw), 4: reviewCells(draw) };
}

function disclosureCells(version: FormatVersion, draw: () => number): string[] {
  const out: string[] = [];
  for (const group of DISCLOSURE_GROUPS[version]) {
    for (let row = 0; row < group.rows.length; row++) {
      const previous = 20 + draw();
      const change = (draw() % 41) - 20;
      group.columns.forEach((column, i) => {
        if (column.kind === 'money') out.push(String(draw() / 100));
        else if (column.kind === 'change') out.push(writeChange(change, draw()));
        // 处理决定数量 after 本年增/减: last year's count changed by this year's.
        else if (i > 0 && group.columns[i - 1].kind === 'change') out.push(String(previous + change));
        else if (i + 1 < group.columns.length && group.columns[i + 1].kind === 'change') out.push(String(previous));
        else out.push(String(draw()));
      });
    }
  }
  return out;
}

/** `本年增/减` as drafts write it: `增加979`, `减少179`, `+5`, `-3` or a bare number. */
function writeChange(change: number, style: number): string {
  const size = Math.abs(change);
  if (change >= 0) return [`增加${size}`, `+${size}`, String(size)][style % 3];
  return [`减少${size}`, `-${size}`][style % 2];
}

function applicationCells(version: FormatVersion, draw: () => number): string[] {
  const defs = applicationRowsFor(version);
  const organisationColumns = APPLICATION_WIDTH - 1;
  const parts = () => Array.from({ length: organisationColumns }, draw);
  const rows = new Map<ApplicationRowKey, number[]>();
  const results = defs.filter((d) => d.result);
  for (const d of results) rows.set(d.key, parts());
  const handled = Array.from({ length: organisationColumns }, (_, c) => sum(results.map((d) => rows.get(d.key)![c])));
  const carriedForward = parts();
  const carriedOver = handled.map((h, c) => draw() % (h + carriedForward[c] + 1));
  rows.set('resultTotal', handled);
  rows.set('carriedForward', carriedForward);
  rows.set('carriedOver', carriedOver);
  rows.set('received', handled.map((h, c) => h + carriedForward[c] - carriedOver[c]));
  return defs.flatMap((d) => {
    const values = rows.get(d.key)!;
    return [...values, sum(values)].map(String);
  });
}

function reviewCells(draw: () => number): string[] {
  return [0, 1, 2].flatMap(() => {
    const parts = Array.from({ length: REVIEW_GROUP_WIDTH - 1 }, draw);
    return [...parts, sum(parts)].map(String);
  });
}

/** A cell's number changed by `delta` (the cell holds a plain integer, as balanced 表三 and 表四 cells do). */
export function unbalance(spec: ReportSpec, table: 3 | 4, index: number, delta: number): ReportSpec {
  const cells = [...spec.cells[table]];
  cells[index] = String(Number(cells[index]) + delta);
  return { ...spec, cells: { ...spec.cells, [table]: cells } };
}

// ---------------------------------------------------------------- faults

/** Ways drafts deface a number cell (FORMAT.md, “Numbers”). */
export const DEFACEMENTS = ['blank', 'not-applicable', 'full-width-digits', 'full-width-space', 'inner-space', 'thousands-separator', 'unit'] as const;
export type Defacement = (typeof DEFACEMENTS)[number];

const toFullWidth = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The cell written the defaced way; the number keeps its value where the defacement allows. */
function deface(text: string, how: Defacement): string {
  const digits = /\d+/.exec(text)?.[0] ?? '';
  const replaceDigits = (written: string) => text.replace(digits, written);
  switch (how) {
    case 'blank':
      return '';
    case 'not-applicable':
      return ['/', '—', '-', '无'][digits.length % 4];
    case 'full-width-digits':
      return replaceDigits(toFullWidth(digits));
    case 'full-width-space':
      return `\u3000${text}`;
    case 'inner-space':
      return digits.length >= 2 ? replaceDigits(`${digits[0]} ${digits.slice(1)}`) : replaceDigits(toFullWidth(digits));
    case 'thousands-separator':
      return digits.length >= 4 ? replaceDigits(Number(digits).toLocaleString('en-US')) : replaceDigits(toFullWidth(digits));
    case 'unit':
      // One unit at most: `0万万` is no number at all.
      return digits && !text.endsWith('万') ? `${text}万` : text;
  }
}

export function defaceCells(spec: ReportSpec, faults: readonly { table: TableNumber; index: number; how: Defacement }[]): ReportSpec {
  const cells = { 2: [...spec.cells[2]], 3: [...spec.cells[3]], 4: [...spec.cells[4]] };
  for (const { table, index, how } of faults) {
    const i = index % cells[table].length;
    cells[table][i] = deface(cells[table][i], how);
  }
  return { ...spec, cells };
}

// ---------------------------------------------------------------- text damage

export type LineEnding = '\n' | '\r\n' | '\r' | 'mixed';

/**
 * The same lines with other line breaks. `mixed` cycles CRLF, LF, CR but never
 * lets a CR run into the LF of an empty line (that would merge two breaks into one).
 */
export function withLineEndings(text: string, eol: LineEnding): string {
  const lines = text.split('\n');
  if (eol !== 'mixed') return lines.join(eol);
  const breaks = ['\r\n', '\n', '\r'];
  return lines.reduce((out, line, i) => {
    if (i === 0) return line;
    const previous = breaks[(i - 1) % 3];
    return out + (previous === '\r' && line === '' ? '\r\n' : previous) + line;
  }, '');
}

export interface LineEdit {
  kind: 'delete' | 'duplicate';
  /** Taken modulo the line count. */
  at: number;
}

/** Deletes or duplicates lines, as a careless paste does. */
export function editLines(text: string, edits: readonly LineEdit[]): string {
  const lines = text.split('\n');
  for (const { kind, at } of edits) {
    if (lines.length === 0) break;
    const i = at % lines.length;
    if (kind === 'delete') lines.splice(i, 1);
    else lines.splice(i, 0, lines[i]);
  }
  return lines.join('\n');
}
