import type { Cell } from '../../model/report';
import { chineseNumeralValue, DISCLOSURE_GROUPS, FORMAT_VERSIONS } from '../../model/schema';
import { findLabelledRuns, type Offsets, type RowLabel } from './labelledRuns';
import { inlineCell, inlineRow, inlineTable, readRun, type InlineTable, type ReadRun } from './inlineRow';

const GROUP_LABEL = /第二十条第[（(]([一二三四五六七八九十]+)[)）]项/g;
const HEADER_START = '信息内容';
/** 表二 has no official identity: a run that splits more than one way stays unread. */
const ANY_SPLIT = () => true;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The groups of both versions with item `item`. */
const groupsOf = (item: number) => FORMAT_VERSIONS.flatMap((v) => DISCLOSURE_GROUPS[v].filter((g) => g.item === item));

/**
 * The rows of a group, both versions' names in order. A name inside another
 * (`规范性文件` in `行政规范性文件`) is one row: the longer name is tried first.
 */
function rowLabels(item: number): RowLabel<string>[] {
  const names = [...new Set(groupsOf(item).flatMap((g) => g.rows))];
  return names
    .filter((n) => !names.some((m) => m !== n && n.includes(m)))
    .map((n) => {
      const spellings = names.filter((m) => m.includes(n)).sort((a, b) => b.length - a.length);
      return { key: n, pattern: new RegExp(spellings.map(escape).join('|'), 'g') };
    });
}

/** The header cells after `信息内容`, in whichever version's wording matches more of `line[from, to)`. */
function headerCells(lineNumber: number, line: string, item: number, from: number, to: number): Cell[] {
  const found = groupsOf(item).map((g) => {
    const cells: Cell[] = [];
    let cursor = from;
    for (const { name } of g.columns) {
      const at = line.indexOf(name, cursor);
      if (at < 0 || at + name.length > to) continue;
      cells.push(inlineCell(lineNumber, line, { start: at, end: at + name.length }));
      cursor = at + name.length;
    }
    return cells;
  });
  const weight = (cells: Cell[]) => cells.length * 1000 + cells.reduce((n, c) => n + c.text.length, 0);
  return found.reduce((a, b) => (weight(b) > weight(a) ? b : a), []);
}

/**
 * 表二 written inside `line[body]`: per `第二十条第（N）项` group its label, its
 * header and its rows, each row's run split into as many cells as the header names.
 */
export function inlineDisclosureRows(lineNumber: number, line: string, body: Offsets): InlineTable {
  const labels: RegExpExecArray[] = [];
  GROUP_LABEL.lastIndex = body.start;
  for (let m = GROUP_LABEL.exec(line); m && m.index + m[0].length <= body.end; m = GROUP_LABEL.exec(line)) labels.push(m);
  const reads: ReadRun[] = [];
  labels.forEach((label, i) => {
    const start = label.index;
    const end = i + 1 < labels.length ? labels[i + 1].index : body.end;
    const groupLabel = inlineCell(lineNumber, line, { start, end: start + label[0].length });
    const item = chineseNumeralValue(label[1]);
    reads.push({ row: inlineRow(lineNumber, [groupLabel]) });
    const rows = findLabelledRuns(line, start + label[0].length, end, rowLabels(item));
    const headerEnd = rows[0]?.label.start ?? end;
    const header = line.indexOf(HEADER_START, start + label[0].length);
    let width = Math.max(...groupsOf(item).map((g) => g.columns.length), 0);
    if (header >= 0 && header < headerEnd) {
      const columns = headerCells(lineNumber, line, item, header + HEADER_START.length, headerEnd);
      reads.push({ row: inlineRow(lineNumber, [inlineCell(lineNumber, line, { start: header, end: header + HEADER_START.length }), ...columns]) });
      width = columns.length || width;
    }
    for (const row of rows) reads.push(readRun(lineNumber, line, row, width, ANY_SPLIT));
  });
  return inlineTable(reads);
}
