import type { ApplicationRow, ApplicationTable, Cell, Section, TableRow } from '../model/report';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, applicationRowsFor, FORMAT_VERSIONS, type ApplicationRowDef } from '../model/schema';
import { normalizeLabel } from './normalize';
import { takeValues } from './takeValues';

/** Header rows name the columns; they hold `总计` too, which must not be read as （七）总计. */
const HEADER_WORDS = new Set(['申请人情况', '自然人', '法人或其他组织', '商业企业', ...APPLICATION_COLUMNS.slice(1, 5)]);

/** Labels already matched: drafts write the same few dozen, and each would be tried against every row's pattern. */
const ROW_DEFS = new Map<string, ApplicationRowDef | null>();
const ROW_DEFS_MAX = 4096;

function rowDefFor(label: string): ApplicationRowDef | undefined {
  let def = ROW_DEFS.get(label);
  if (def === undefined) {
    const n = normalizeLabel(label);
    def = APPLICATION_ROWS.find((d) => d.match.test(n)) ?? null;
    if (ROW_DEFS.size < ROW_DEFS_MAX) ROW_DEFS.set(label, def);
  }
  return def ?? undefined;
}

/** A row of numbers as the draft has it: with the label that names it, or without (a converter lost it). */
interface NumberRow {
  row: TableRow;
  def?: ApplicationRowDef;
  label?: Cell;
  values: Cell[];
  extra: Cell[];
}

/**
 * 表三: rows are found by their label text, wherever the merged label cells put
 * it, and their seven numbers are the cells after the label. Rows whose label
 * was lost (PDF converters put it on a line of its own, or drop it) are placed
 * by their order in the official row list, when that order allows one placement only;
 * otherwise the table is marked as not read with certainty.
 */
export function readApplicationTable(section: Section): ApplicationTable | undefined {
  const found = section.rows.map(numberRow).filter((r): r is NumberRow => r !== undefined);
  if (!found.some((r) => r.def)) return undefined;
  const unlabelled = found.filter((r) => !r.def);
  const toRow = (r: NumberRow, def: ApplicationRowDef): ApplicationRow => ({ row: r.row, def, label: r.label, values: r.values, extra: r.extra });
  if (unlabelled.length === 0) return { section, rows: found.map((r) => toRow(r, r.def!)) };

  // The two versions differ only around （六）: where both place every row alike, either will do.
  const placements = FORMAT_VERSIONS.map((v) => placeByOrder(found, applicationRowsFor(v))).filter((p) => p !== undefined);
  const agree = placements.length > 0 && placements.every((p) => p.every((def, i) => def === placements[0][i]));
  if (agree) return { section, rows: found.map((r, i) => toRow(r, placements[0][i])) };
  return {
    section,
    rows: found.filter((r) => r.def).map((r) => toRow(r, r.def!)),
    uncertain: { why: 'unlabelled-rows', range: unlabelled[0].values[0].range },
  };
}

/** A row of 表三, labelled or not; undefined for header rows and rows that hold no seven numbers. */
function numberRow(row: TableRow): NumberRow | undefined {
  const { cells } = row;
  if (cells.some((c) => c.value.kind === 'text' && (HEADER_WORDS.has(normalizeLabel(c.text)) || c.text.includes('勾稽关系')))) return undefined;
  for (let i = cells.length - 1; i >= 0; i--) {
    if (cells[i].value.kind !== 'text') continue;
    const def = rowDefFor(cells[i].text);
    if (def) return { row, def, label: cells[i], ...takeValues(cells.slice(i + 1), APPLICATION_COLUMNS.length) };
  }
  // Without a label: the numbers after the last word (a stray label fragment), at least seven of them.
  let first = cells.length;
  while (first > 0 && cells[first - 1].value.kind !== 'text') first--;
  const { values, extra } = takeValues(cells.slice(first), APPLICATION_COLUMNS.length);
  if (values.length < APPLICATION_COLUMNS.length || !values.some((c) => c.value.kind === 'number')) return undefined;
  return { row, values, extra };
}

/**
 * The official row of each row in `rows`, when the labelled rows keep the
 * official order and, between each two of them, the unlabelled rows are exactly
 * as many as the official rows missing there (or none: then those rows are
 * missing from the draft). Undefined when that fails.
 */
function placeByOrder(rows: readonly NumberRow[], defs: readonly ApplicationRowDef[]): ApplicationRowDef[] | undefined {
  const placed: ApplicationRowDef[] = [];
  let next = 0; // index in defs of the next official row
  let pending: number[] = []; // indexes in rows of unlabelled rows waiting for their place
  const flush = (until: number): boolean => {
    if (pending.length > 0 && until - next !== pending.length) return false;
    pending.forEach((r, k) => (placed[r] = defs[next + k]));
    pending = [];
    return true;
  };
  for (let i = 0; i < rows.length; i++) {
    const def = rows[i].def;
    if (!def) {
      pending.push(i);
      continue;
    }
    const index = defs.indexOf(def, next);
    if (index < 0 || !flush(index)) return undefined;
    placed[i] = def;
    next = index + 1;
  }
  return flush(defs.length) ? placed : undefined;
}
