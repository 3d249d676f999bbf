import type { ApplicationTable, Cell, DisclosureTable, VersionMark } from '../model/report';
import { DISCLOSURE_GROUPS, type FormatVersion } from '../model/schema';
import { normalizeLabel } from './normalize';

const other = (v: FormatVersion): FormatVersion => (v === '2019' ? '2021' : '2019');

/** Names used by one version of 表二 only. `规范性文件` is left out: 2021 drafts still write it. */
function onlyIn(version: FormatVersion, pick: 'columns' | 'rows'): Set<string> {
  const names = (v: FormatVersion) =>
    new Set(DISCLOSURE_GROUPS[v].flatMap((g) => (pick === 'columns' ? g.columns.map((c) => c.name) : g.rows)).map(normalizeLabel));
  const theirs = names(other(version));
  return new Set([...names(version)].filter((n) => !theirs.has(n) && n !== '规范性文件'));
}

const ONLY = {
  columns: { '2019': onlyIn('2019', 'columns'), '2021': onlyIn('2021', 'columns') },
  rows: { '2019': onlyIn('2019', 'rows'), '2021': onlyIn('2021', 'rows') },
};
const VERSIONS: FormatVersion[] = ['2019', '2021'];

function mark(version: FormatVersion, cells: Cell[], table: 2 | 3): VersionMark {
  return { version, text: cells.map((c) => c.text).join('、'), range: cells[0].range, table };
}

/**
 * Every element of the tables that only one format version has: a header row,
 * a row label, the 第（九）项 group. The `format-version` rule reads these.
 */
export function findVersionMarks(disclosure?: DisclosureTable, applications?: ApplicationTable): VersionMark[] {
  const marks: VersionMark[] = [];
  for (const group of disclosure?.groups ?? []) {
    if (group.item === 9 && group.label) marks.push(mark('2019', [group.label], 2));
    for (const v of VERSIONS) {
      const header = group.columns.filter((c) => ONLY.columns[v].has(normalizeLabel(c.text)));
      if (header.length) marks.push(mark(v, header, 2));
    }
    for (const row of group.rows) {
      const v = VERSIONS.find((x) => ONLY.rows[x].has(row.name));
      if (v) marks.push(mark(v, [row.label], 2));
    }
  }
  for (const row of applications?.rows ?? []) {
    const { only } = row.def;
    // A row placed by its order (no label written) marks nothing: the mark is what the draft writes.
    if (only && row.label) marks.push(mark(only, [row.label], 3));
  }
  return marks;
}
