/**
 * Lines and cells rebuilt from a PDF page's text runs, by their positions alone:
 * a PDF has no lines, paragraphs or tables, only pieces of text placed on the page.
 */

/** A piece of text placed on a page (a pdf.js text item): baseline at `y` (upwards), from `x` to `x + width`. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size: the unit of every tolerance below. */
  size: number;
}

/** Text standing together on a line, apart from its neighbours by a wide gap. */
export interface PdfCell {
  text: string;
  x0: number;
  x1: number;
}

export interface PdfLine {
  y: number;
  /** Font size of its first run: the unit of vertical distances. */
  size: number;
  cells: PdfCell[];
}

/** Runs whose baselines differ by less than this many font sizes stand on one line (a cell's number sits a little lower than its label). */
const SAME_LINE = 0.45;
/** A gap wider than this many font sizes starts a new cell: columns stand apart, words of a sentence do not. */
const CELL_GAP = 1.2;
/** A gap wider than this many font sizes is a space between words (`2024 年`). */
const WORD_GAP = 0.15;

/**
 * The lines of a page, top to bottom, each with its cells left to right.
 * Whitespace runs are left out: WPS gives them widths that have nothing to do
 * with where the next run starts, so gaps are measured between visible runs.
 */
export function pageLines(runs: readonly TextRun[]): PdfLine[] {
  const visible = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of visible) {
    const last = groups.at(-1);
    if (last && last[0].y - run.y < SAME_LINE * Math.max(last[0].size, run.size)) last.push(run);
    else groups.push([run]);
  }
  return groups.map((g) => ({ y: g[0].y, size: g[0].size, cells: cellsOf(g.sort((a, b) => a.x - b.x)) }));
}

function cellsOf(runs: readonly TextRun[]): PdfCell[] {
  const cells: PdfCell[] = [];
  let current: PdfCell | undefined;
  for (const run of runs) {
    const gap = current ? run.x - current.x1 : Infinity;
    const text = run.text.trim();
    if (gap > CELL_GAP * run.size) {
      current = { text, x0: run.x, x1: run.x + run.width };
      cells.push(current);
    } else {
      current!.text += (gap > WORD_GAP * run.size ? ' ' : '') + text;
      current!.x1 = Math.max(current!.x1, run.x + run.width);
    }
  }
  return cells;
}

export function lineText(line: PdfLine): string {
  return line.cells.map((c) => c.text).join(' ');
}
