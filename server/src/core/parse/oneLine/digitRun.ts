/**
 * How a run of digits whose cells were written without separators (`7000007`)
 * splits into a row's cells, when the row's identities allow only one reading.
 */
export type RunSplit =
  /** Exactly one allowed split; each cell as [start, end) offsets in the run. */
  | { kind: 'unique'; cells: [number, number][] }
  /** More than one allowed split, or too many candidates to tell. */
  | { kind: 'ambiguous' }
  /** No split into the row's cells, or none the identities allow. */
  | { kind: 'none' };

/** A cell: `0` or a number without a leading zero, possibly with decimals (`0.35`). */
const CELL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
/** As `parseCellValue` reads a plain count. */
const MAX_CELL_LENGTH = 15;
/** Partial splits tried before giving up: a run of hundreds of digits has astronomically many. */
const MAX_STEPS = 20_000;

/**
 * Splits `run` into `cellCount` cells. Blanks in the run are certain boundaries;
 * between them every split into cells without leading zeros is tried, and kept
 * when `allows` (the row's identities) accepts its values.
 */
export function splitDigitRun(run: string, cellCount: number, allows: (values: number[]) => boolean): RunSplit {
  const chunks = [...run.matchAll(/[^\s\u3000]+/g)].map((m) => ({ start: m.index!, text: m[0] }));
  const found: [number, number][][] = [];
  const cells: [number, number][] = [];
  let steps = 0;

  // Depth-first over (chunk, offset in it); false once the answer is known to be ambiguous.
  const visit = (chunk: number, offset: number): boolean => {
    if (++steps > MAX_STEPS) return false;
    if (chunk === chunks.length) {
      if (cells.length === cellCount && allows(cells.map(([s, e]) => Number(run.slice(s, e))))) found.push([...cells]);
      return found.length < 2;
    }
    const { start, text } = chunks[chunk];
    const cellsLeft = cellCount - cells.length;
    const charsLeft = text.length - offset + chunks.slice(chunk + 1).reduce((n, c) => n + c.text.length, 0);
    // Every chunk left needs a cell, every cell a character, and no cell holds more than MAX_CELL_LENGTH.
    if (cellsLeft < chunks.length - chunk || cellsLeft > charsLeft || charsLeft > cellsLeft * MAX_CELL_LENGTH) return true;
    for (let end = offset + 1; end <= Math.min(text.length, offset + MAX_CELL_LENGTH); end++) {
      if (!CELL.test(text.slice(offset, end))) continue;
      cells.push([start + offset, start + end]);
      const goOn = end === text.length ? visit(chunk + 1, 0) : visit(chunk, end);
      cells.pop();
      if (!goOn) return false;
    }
    return true;
  };

  const settled = chunks.length > 0 && visit(0, 0);
  if (!settled && steps > MAX_STEPS) return { kind: 'ambiguous' };
  if (found.length > 1) return { kind: 'ambiguous' };
  return found.length === 1 ? { kind: 'unique', cells: found[0] } : { kind: 'none' };
}
