import type { Cell, Report } from '../model/report';
import { DISCLOSURE_GROUPS, FORMAT_VERSIONS, type DisclosureColumnDef } from '../model/schema';
import { normalizeLabel } from '../parse/normalize';

export interface ValueCell {
  cell: Cell;
  table: 2 | 3 | 4;
  /** For 表二, the column's official definition, when the header names a known column. */
  column?: DisclosureColumnDef;
}

const COLUMN_DEFS = new Map<string, DisclosureColumnDef>(
  FORMAT_VERSIONS.flatMap((v) => DISCLOSURE_GROUPS[v].flatMap((g) => g.columns.map((c) => [normalizeLabel(c.name), c] as const))),
);

/**
 * The official definition of a header cell of 表二, matched loosely (`本年收费金额（万元）`);
 * without a header, the column at its place in the report's own version first.
 */
function columnDef(header: Cell | undefined, item: number, index: number, format: Report['format']): DisclosureColumnDef | undefined {
  if (header) {
    const n = normalizeLabel(header.text);
    const exact = COLUMN_DEFS.get(n);
    if (exact) return exact;
    if (/金额/.test(n)) return { name: header.text, kind: 'money', unit: /万元/.test(n) ? '万元' : /元/.test(n) ? '元' : undefined };
  }
  for (const v of format === '2019' || format === '2021' ? [format, ...FORMAT_VERSIONS] : FORMAT_VERSIONS) {
    const def = DISCLOSURE_GROUPS[v].find((g) => g.item === item)?.columns[index];
    if (def) return def;
  }
  return undefined;
}

/** Every cell of the three tables that should hold a number, in document order. */
export function valueCells(report: Report): ValueCell[] {
  const out: ValueCell[] = [];
  for (const group of report.disclosure?.groups ?? []) {
    // Each column's definition once per group, not once per cell.
    const width = Math.max(group.columns.length, ...group.rows.map((row) => row.values.length));
    const columns = Array.from({ length: width }, (_, i) => columnDef(group.columns[i], group.item, i, report.format));
    for (const row of group.rows) row.values.forEach((cell, i) => out.push({ cell, table: 2, column: columns[i] }));
  }
  for (const row of report.applications?.rows ?? []) for (const cell of row.values) out.push({ cell, table: 3 });
  for (const cell of report.reviews?.values ?? []) out.push({ cell, table: 4 });
  return out;
}
