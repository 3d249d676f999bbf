import { t } from '../l10n';
import type { Cell, Layout, Report, RowLayout } from '../model/report';
import { normalizeLabel } from '../parse/normalize';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, DISCLOSURE_GROUPS, disclosureItemLabel } from '../model/schema';
import type { Fix, TextEdit } from './textEdit';
import { renderGrid, renderRows } from './tableTemplate';

/**
 * Rewrites a table of the 2019 format in the 2021 format, in the draft's own
 * layout, keeping every number whose meaning did not change and leaving the
 * cells the 2021 format adds blank, so that `blank-cell` then guides the
 * drafter to fill them. Undefined where the draft's layout cannot hold blank
 * cells reliably (a one-line web page) or a row's label was lost.
 */
export function upgradeTableFix(report: Report, table: 2 | 3): Fix | undefined {
  const edits = table === 2 ? upgradeDisclosure(report) : upgradeApplications(report);
  if (!edits) return undefined;
  return { title: t('Rewrite {0} in the 2021 format, keeping its numbers', table === 2 ? '表二' : '表三'), edits, safe: false };
}

/** The layout new rows are written in: the table's own, but TAB rows where blank cells would vanish (PDF text). */
function writableLayout(layout: RowLayout): Layout | undefined {
  if (layout === 'inline') return undefined;
  return layout === 'spaced' ? 'rows' : layout;
}

/**
 * 表三: the 2019 row （六）其他处理 becomes the 2021 item 3.其他 with its numbers;
 * items 1 and 2, which the 2019 format did not count apart, are added before it, blank.
 */
function upgradeApplications(report: Report): TextEdit[] | undefined {
  const other = report.applications?.rows.find((r) => r.def.key === 'otherHandling');
  const layout = other && writableLayout(other.row.layout);
  if (!other?.label || !layout) return undefined;
  const [first, second, third] = (['overdueCorrection', 'overdueFee', 'otherHandlingOther'] as const).map((key) => APPLICATION_ROWS.find((d) => d.key === key)!);
  const blanks = APPLICATION_COLUMNS.map(() => '');
  const rows = [
    ['', first.group!, first.label, ...blanks],
    ['', '', second.label, ...blanks],
  ];
  const separator = layout === 'cells' ? report.lines.eol + report.lines.eol : report.lines.eol;
  const start = { line: other.row.startLine, character: 0 };
  return [
    { range: { start, end: start }, newText: renderRows(rows, layout, report.lines.eol) + separator },
    { range: other.label.range, newText: third.label },
  ];
}

/**
 * 表二: the whole table in the 2021 groups. 处理决定数量 keeps its meaning as
 * 本年处理决定数量, and 本年新制作数量 as 本年制发件数; the other 2021 cells are
 * new (本年废止件数, 现行有效件数, the fee in 万元) and left blank; the 2019 rows
 * the 2021 format dropped (其他对外管理服务事项, 政府集中采购) go.
 */
function upgradeDisclosure(report: Report): TextEdit[] | undefined {
  const disclosure = report.disclosure;
  const firstRow = disclosure?.groups.flatMap((g) => g.rows)[0];
  const layout = firstRow && writableLayout(firstRow.row.layout);
  if (!disclosure || !layout) return undefined;
  const written = (name: string, column: string) => {
    for (const group of disclosure.groups) {
      const row = group.rows.find((r) => r.name === name || (name === '行政规范性文件' && r.name === '规范性文件'));
      const index = group.columns.findIndex((c) => normalizeLabel(c.text) === column);
      if (row && index >= 0) return row.values[index]?.text ?? '';
    }
    return '';
  };
  const kept: Record<string, string> = { 本年制发件数: '本年新制作数量', 本年处理决定数量: '处理决定数量' };
  const grid = DISCLOSURE_GROUPS['2021'].flatMap((g) => [
    [disclosureItemLabel(g.item)],
    ['信息内容', ...g.columns.map((c) => c.name)],
    ...g.rows.map((name) => [name, ...g.columns.map((c) => (kept[c.name] ? written(name, kept[c.name]) : ''))]),
  ]);
  const cells: Cell[] = disclosure.groups.flatMap((g) => [...(g.label ? [g.label] : []), ...g.columns, ...g.rows.flatMap((r) => [r.label, ...r.values, ...r.extra])]);
  const lines = cells.map((c) => c.range.start.line).concat(cells.map((c) => c.range.end.line));
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  return [{ range: { start: { line: first, character: 0 }, end: report.lines.lineEnd(last) }, newText: renderGrid(grid, layout, report.lines.eol) }];
}
