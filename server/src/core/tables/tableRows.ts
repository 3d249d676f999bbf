import type { Cell, Report } from '../model/report';
import { APPLICATION_COLUMNS, REVIEW_CELL_COUNT, REVIEW_COLUMNS, type ApplicationRowDef } from '../model/schema';

export interface ApplicationNumbers {
  def: ApplicationRowDef;
  /** The official label of the row. */
  label: string;
  /** Seven numbers: 自然人, five kinds of 法人或其他组织, 总计. */
  values: readonly Cell[];
}

/** The rows of 表三 that hold all seven numbers, the first of each kind, in document order. */
export function applicationRows(report: Report): ApplicationNumbers[] {
  const seen = new Set<ApplicationRowDef>();
  const out: ApplicationNumbers[] = [];
  for (const { def, values } of report.applications?.rows ?? []) {
    if (values.length !== APPLICATION_COLUMNS.length || seen.has(def)) continue;
    seen.add(def);
    out.push({ def, label: def.label, values });
  }
  return out;
}

/** The three groups of 表四 (five cells each, 总计 last), when it holds all fifteen numbers. */
export function reviewGroups(report: Report): (readonly Cell[])[] {
  const values = report.reviews?.values;
  if (!values || values.length !== REVIEW_CELL_COUNT) return [];
  const width = REVIEW_COLUMNS.length;
  return [0, 1, 2].map((g) => values.slice(g * width, (g + 1) * width));
}
