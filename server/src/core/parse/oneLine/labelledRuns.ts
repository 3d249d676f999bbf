/** A row of a table written inline, as the finder looks for it. */
export interface RowLabel<K> {
  key: K;
  /** Finds the row's label text; searched with the `g` flag from where the previous row's label ended. */
  pattern: RegExp;
  /** The label's own number (`2.`, `（一）`, `一、`), which may stand before the pattern's match and may have run onto the previous row's digits. */
  number?: RegExp;
}

export interface Offsets {
  start: number;
  end: number;
}

export interface LabelledRun<K> {
  key: K;
  label: Offsets;
  /** The digits after the label (blanks inside), before the next label. */
  run: Offsets;
  /** Digits between the run and the next label: the row was not written as a label and a run. */
  stray: boolean;
}

/** Digits, blanks and decimal points between digits: what cells run together are made of. */
const RUN = /\d+(?:\.\d+)?(?:[ \u3000]+\d+(?:\.\d+)?)*/g;

/**
 * The official rows of a table written inside `line[from, to)`, in the official
 * order, each with the run of digits after its label. A label with no digits
 * after it (a group label such as `（六）其他处理` over items 1–3) is no row.
 */
export function findLabelledRuns<K>(line: string, from: number, to: number, labels: readonly RowLabel<K>[]): LabelledRun<K>[] {
  const found: { label: RowLabel<K>; at: number; end: number }[] = [];
  let cursor = from;
  for (const label of labels) {
    label.pattern.lastIndex = cursor;
    const m = label.pattern.exec(line);
    if (!m || m.index + m[0].length > to) continue;
    found.push({ label, at: m.index, end: m.index + m[0].length });
    cursor = m.index + m[0].length;
  }
  const starts = found.map((f, i) => labelStart(line, i > 0 ? found[i - 1].end : from, f.at, f.label.number));
  const rows: LabelledRun<K>[] = [];
  found.forEach((f, i) => {
    const next = i + 1 < found.length ? starts[i + 1] : to;
    RUN.lastIndex = f.end;
    const m = RUN.exec(line);
    if (!m || m.index >= next) return;
    const run = { start: m.index, end: Math.min(m.index + m[0].length, next) };
    const label = { start: starts[i], end: line.slice(0, run.start).trimEnd().length };
    rows.push({ key: f.label.key, label, run, stray: /\d/.test(line.slice(run.end, next)) });
  });
  return rows;
}

/** Where a label starts: at its own number, the last one written in the gap before the match, else at the match. */
function labelStart(line: string, gapStart: number, at: number, number: RegExp | undefined): number {
  if (!number) return at;
  let start = at;
  number.lastIndex = gapStart;
  for (let m = number.exec(line); m && m.index < at; m = number.exec(line)) start = m.index;
  return start;
}

/**
 * The pattern of a label's own number, from the label as the official table
 * writes it: `2.` also as `2．` or `2、`, `（一）` with either brackets, `一、`.
 */
export function officialNumber(label: string): RegExp | undefined {
  const blank = '[\\s\\u3000]*';
  const m = /^(?:([一二三四五六七八九十])、|（([一二三四五六七八九十])）|(\d+)\.)/.exec(label);
  if (!m) return undefined;
  if (m[1]) return new RegExp(`${m[1]}${blank}[、.．]`, 'g');
  if (m[2]) return new RegExp(`[（(]${blank}${m[2]}${blank}[)）]`, 'g');
  return new RegExp(`${m[3]}${blank}[.．、]`, 'g');
}
