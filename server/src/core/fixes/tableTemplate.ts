import type { Layout, Report } from '../model/report';
import {
  APPLICATION_COLUMNS,
  applicationRowsFor,
  DISCLOSURE_GROUPS,
  disclosureItemLabel,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  versionForYear,
  type FormatVersion,
} from '../model/schema';
import type { Position } from '../text/position';
import type { TextEdit } from './textEdit';

export type TableNumber = 2 | 3 | 4;

/** The official table as a grid of cells, every number 0. */
function templateGrid(table: TableNumber, version: FormatVersion): string[][] {
  if (table === 2) {
    return DISCLOSURE_GROUPS[version].flatMap((g) => [
      [disclosureItemLabel(g.item)],
      ['信息内容', ...g.columns.map((c) => c.name)],
      ...g.rows.map((name) => [name, ...g.columns.map(() => '0')]),
    ]);
  }
  if (table === 3) {
    const zeros = APPLICATION_COLUMNS.map(() => '0');
    const [, ...organisations] = APPLICATION_COLUMNS.slice(0, -1);
    return [
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况'],
      ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
      ['', '', '', '', ...organisations, ''],
      ...applicationRowsFor(version).map((def) => {
        // Three label columns: `一、` rows, then `（一）` rows, then numbered items.
        const labels = /^[一二三四]、/.test(def.label)
          ? [def.label, '', '']
          : /^（/.test(def.label)
            ? [def.group ?? '', def.label, '']
            : ['', def.group ?? '', def.label];
        return [...labels, ...zeros];
      }),
    ];
  }
  const blanks = (n: number) => Array<string>(n).fill('');
  const width = REVIEW_COLUMNS.length;
  return [
    [REVIEW_GROUPS[0], ...blanks(width - 1), '行政诉讼'],
    [...blanks(width), '未经复议直接起诉', ...blanks(width - 1), '复议后起诉'],
    REVIEW_GROUPS.flatMap(() => [...REVIEW_COLUMNS]),
    REVIEW_GROUPS.flatMap(() => REVIEW_COLUMNS.map(() => '0')),
  ];
}

const SPACED_GAP = '    ';

/**
 * The standard table in the given version and layout, without a trailing line
 * break: what the insert-table command and the missing-table fixes write.
 */
export function renderTableTemplate(table: TableNumber, version: FormatVersion, layout: Layout, eol = '\n'): string {
  // A few dozen texts in all, and a fix offers one on every check of a draft that lacks a table.
  const key = `${table} ${version} ${layout} ${eol}`;
  let text = renderedTemplates.get(key);
  if (text === undefined) renderedTemplates.set(key, (text = renderGrid(templateGrid(table, version), layout, eol)));
  return text;
}

const renderedTemplates = new Map<string, string>();

/** A grid of cell texts as table lines of a layout; a pipe table's first row is its header. */
export function renderGrid(grid: readonly string[][], layout: Layout, eol = '\n'): string {
  if (layout !== 'pipes') return renderRows(grid, layout, eol);
  const [head, ...body] = grid;
  const width = Math.max(...grid.map((r) => r.length));
  return [renderRows([head], layout, eol, width), `|${' --- |'.repeat(width)}`, renderRows(body, layout, eol, width)].join(eol);
}

/**
 * Rows of cell texts as lines of a layout, without a pipe table's header: what
 * is inserted among the rows a table already has.
 */
export function renderRows(rows: readonly string[][], layout: Layout, eol = '\n', width = Math.max(...rows.map((r) => r.length))): string {
  const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  switch (layout) {
    case 'cells':
      // One cell per line after a TAB; an empty line ends each row.
      return rows.map((r) => r.map((c) => `\t${c}`).join(eol)).join(eol + eol);
    case 'rows':
      return padded.map((r) => r.join('\t')).join(eol);
    case 'spaced':
      // Empty (merged) label cells vanish in this layout, as they do in a PDF's text.
      return rows.map((r) => r.filter(Boolean).join(SPACED_GAP)).join(eol);
    case 'pipes':
      return padded.map((r) => `| ${r.map((c) => c || ' ').join(' | ')} |`).join(eol);
  }
}


/** The version a new table in this report should use: by its year, else the current one. */
export function templateVersion(report: Report): FormatVersion {
  return report.year ? versionForYear(report.year.value) : '2021';
}

/** Inserts the standard table at a position, on lines of its own set off by blank lines. */
export function insertTableEdit(report: Report, position: Position, table: TableNumber, version = templateVersion(report)): TextEdit {
  const { eol } = report.lines;
  const line = report.lines.lines[position.line] ?? '';
  const before = position.character > 0 && line.slice(0, position.character).trim() ? eol + eol : eol;
  const after = position.character < line.length && line.slice(position.character).trim() ? eol + eol : eol;
  return {
    range: { start: position, end: position },
    newText: before + renderTableTemplate(table, version, report.layout, eol) + after,
  };
}
