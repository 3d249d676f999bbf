import type { CheckResult } from '../check';
import type { TableNumber } from '../fixes/tableTemplate';
import type { Cell, CellValue, DisclosureGroup, DisclosureRow, Report, TableRow } from '../model/report';
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  DISCLOSURE_GROUPS,
  disclosureItemLabel,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  SAME_DISCLOSURE_ROW,
  versionForYear,
  type DisclosureGroupDef,
  type FormatVersion,
} from '../model/schema';
import { normalizeLabel } from '../parse/normalize';
import type { Finding } from '../rules/rule';
import type { Severity } from '../severity';
import type { TableMath } from '../tables/tableMath';
import type { Range } from '../text/position';
import { tableExtents, tableRanges, tableTitle } from './extents';
import { FindingPlaces } from './findingPlaces';
import { explainCell } from './hover';

/**
 * 表二, 表三 and 表四 as the official grids, filled from the report model: what
 * the editor's table view draws beside a draft that is, say, one cell per line.
 * Labels are the official ones whatever the draft wrote; every cell carries its
 * range in the text, the findings on it and, as hover gives them, the identities
 * it takes part in.
 */
export interface TableView {
  /**
   * The format version the grids follow: the one the tables are written in, or,
   * when they mix versions or hold none, the one the report's year asks for.
   */
  version: FormatVersion;
  tables: TableViewTable[];
}

export interface TableViewTable {
  table: TableNumber;
  /** `表三 收到和处理政府信息公开申请情况`. */
  title: string;
  /** `table`: read from the draft; `image`: only a picture of it; `absent`: the draft has none. */
  state: 'table' | 'image' | 'absent';
  /** What the table covers in the text. */
  range?: Range;
  /** Findings within the table that are on none of its rows (`unreadable-table`, `format-version` on a header). */
  findings: TableViewFinding[];
  /** 表二: one group for each item of 第二十条; 表三 and 表四: one. */
  groups: TableViewGroup[];
}

export interface TableViewGroup {
  /** 表二's `第二十条第（一）项`. */
  label?: string;
  /** The group belongs to the other version of the format (a draft mixing versions). */
  otherVersion?: boolean;
  columns: TableViewColumn[];
  rows: TableViewRow[];
}

export interface TableViewColumn {
  label: string;
  /** The draft's heading, when it says something else (表二 only: the parser keeps no other headings). */
  written?: string;
}

export interface TableViewRow {
  /** The official label. */
  label: string;
  /** The draft's label, when it differs from the official one. */
  written?: string;
  /** 表三: the merged label the official table writes before the row (`（三）不予公开`), on the first row of a group. */
  heading?: string;
  /** The official row is not in the draft. */
  missing?: boolean;
  /** The row belongs to the other version of the format. */
  otherVersion?: boolean;
  /** The row's text, from its label to its last cell; absent for a missing row and in 表四 (one line of the text holds all three rows). */
  range?: Range;
  /** Findings on the row but on none of its cells (surplus numbers, a missing row after it). */
  findings: TableViewFinding[];
  /** One for each column; a cell the draft lacks is `absent`. */
  cells: TableViewCell[];
}

export interface TableViewCell {
  /** The cell's text as written, blanks trimmed. */
  text: string;
  kind: CellValue['kind'] | 'absent';
  /** The number, for a number cell. */
  value?: number;
  /** Text that is no number, or a number written wrongly (full-width digits, inner spaces, separators). */
  malformed: boolean;
  /** The cell's text in the document; replacing it replaces the cell. */
  range?: Range;
  /** The range a finding on the cell underlines, holding `range` (see the model's Cell). */
  markRange?: Range;
  findings: TableViewFinding[];
  /** The identities the cell takes part in, on the numbers as written, as hover writes them. */
  checks: string[];
  /** The value it should hold (computed), when known. */
  should?: string;
}

export interface TableViewFinding {
  rule: string;
  severity: Severity;
  message: string;
}

export function tableView({ report, math, findings }: CheckResult): TableView {
  const version = report.format === '2019' || report.format === '2021' ? report.format : report.year ? versionForYear(report.year.value) : '2021';
  const places = new FindingPlaces();
  const builder = new Builder(math, places);
  const tables = [disclosureTable(report, version, builder), applicationTable(report, version, builder), reviewTable(report, builder)];
  const extents = tableExtents(report);
  for (const table of tables) {
    const extent = extents.find((x) => x.table === table.table);
    if (!extent) continue;
    table.state = extent.isImage ? 'image' : table.state;
    table.range = tableRanges(report, extent).range;
    places.add(table.range, 'table', collect(table.findings));
  }
  places.place(findings);
  return { version, tables };
}

/** Adds a finding, as the view shows it, to a list. */
function collect(list: TableViewFinding[]): (finding: Finding) => void {
  return ({ rule, severity, message }) => list.push({ rule, severity, message });
}

/** Turns cells and rows of the model into those of the view, registering where their findings go. */
class Builder {
  constructor(
    private readonly math: TableMath,
    private readonly places: FindingPlaces,
  ) {}

  cell(cell: Cell | undefined): TableViewCell {
    if (!cell) return { text: '', kind: 'absent', malformed: false, findings: [], checks: [] };
    const { value } = cell;
    const view: TableViewCell = {
      text: cell.text,
      kind: value.kind,
      ...(value.kind === 'number' ? { value: value.value } : {}),
      malformed: value.kind === 'text' || (value.kind === 'number' && value.problems.length > 0),
      range: cell.range,
      markRange: cell.markRange,
      findings: [],
      ...explainCell(this.math, cell),
    };
    this.places.add(cell.markRange, 'cell', collect(view.findings));
    return view;
  }

  cells(cells: readonly Cell[], width: number): TableViewCell[] {
    return Array.from({ length: Math.max(width, cells.length) }, (_, i) => this.cell(cells[i]));
  }

  /** A row of 表二 or 表三 the draft has (or, without `row`, lacks). */
  row(label: string, width: number, row?: { row: TableRow; label?: Cell; values: readonly Cell[] }): TableViewRow {
    if (!row) return { label, missing: true, findings: [], cells: this.cells([], width) };
    const written = row.label && normalizeLabel(row.label.text) !== normalizeLabel(label) ? row.label.text : undefined;
    const { cells } = row.row;
    const range = { start: cells[0].range.start, end: cells[cells.length - 1].range.end };
    const view: TableViewRow = { label, ...(written ? { written } : {}), range, findings: [], cells: this.cells(row.values, width) };
    this.places.add(range, 'row', collect(view.findings));
    return view;
  }
}

function emptyTable(table: TableNumber, present: boolean): TableViewTable {
  return { table, title: tableTitle(table), state: present ? 'table' : 'absent', findings: [], groups: [] };
}

/** 表二: the version's groups and rows, and any of the other version the draft writes. */
function disclosureTable(report: Report, version: FormatVersion, build: Builder): TableViewTable {
  const view = emptyTable(2, report.disclosure !== undefined);
  const drafted = report.disclosure?.groups ?? [];
  const other = DISCLOSURE_GROUPS[version === '2019' ? '2021' : '2019'];
  const defs = [
    ...DISCLOSURE_GROUPS[version],
    ...drafted.flatMap((g) => (DISCLOSURE_GROUPS[version].some((d) => d.item === g.item) ? [] : other.filter((d) => d.item === g.item))),
  ].sort((a, b) => a.item - b.item);
  view.groups = defs.map((def) => disclosureGroup(def, drafted.find((g) => g.item === def.item), !DISCLOSURE_GROUPS[version].includes(def), build));
  return view;
}

function disclosureGroup(def: DisclosureGroupDef, drafted: DisclosureGroup | undefined, otherVersion: boolean, build: Builder): TableViewGroup {
  const draftRows = drafted?.rows ?? [];
  const officialName = (row: DisclosureRow) => def.rows.find((name) => name === row.name || name === SAME_DISCLOSURE_ROW[row.name]);
  const width = Math.max(def.columns.length, ...draftRows.map((r) => r.values.length));
  const rows = def.rows.map((name) => build.row(name, width, draftRows.find((r) => officialName(r) === name)));
  // Rows the draft writes that this group of the official table lacks: after the official ones.
  for (const row of draftRows.filter((r) => !officialName(r))) rows.push({ ...build.row(row.name, width, row), otherVersion: true });
  const columns = Array.from({ length: width }, (_, i): TableViewColumn => {
    const label = def.columns[i]?.name ?? '';
    const written = drafted?.columns[i]?.text;
    return written !== undefined && normalizeLabel(written) !== normalizeLabel(label) ? { label, written } : { label };
  });
  return { label: disclosureItemLabel(def.item), ...(otherVersion ? { otherVersion } : {}), columns, rows };
}

/** 表三: the version's rows in the official order, with any of the other version the draft writes in their place. */
function applicationTable(report: Report, version: FormatVersion, build: Builder): TableViewTable {
  const view = emptyTable(3, report.applications !== undefined);
  const drafted = report.applications?.rows ?? [];
  const width = APPLICATION_COLUMNS.length;
  const defs = APPLICATION_ROWS.filter((def) => !def.only || def.only === version || drafted.some((r) => r.def === def));
  const rows = defs.map((def) => ({
    ...build.row(def.label, width, drafted.find((r) => r.def === def)),
    ...(def.group ? { heading: def.group } : {}),
    ...(def.only && def.only !== version ? { otherVersion: true } : {}),
  }));
  view.groups = [{ columns: APPLICATION_COLUMNS.map((label) => ({ label })), rows }];
  return view;
}

/** 表四: its fifteen numbers as three rows, one for each group, of five columns. */
function reviewTable(report: Report, build: Builder): TableViewTable {
  const view = emptyTable(4, report.reviews !== undefined);
  const values = report.reviews?.values ?? [];
  const width = REVIEW_COLUMNS.length;
  const rows = REVIEW_GROUPS.map((label, g) => ({ label, findings: [], cells: build.cells(values.slice(g * width, (g + 1) * width), width) }));
  view.groups = [{ columns: REVIEW_COLUMNS.map((label) => ({ label })), rows }];
  return view;
}
