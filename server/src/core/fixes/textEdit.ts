import type { Range } from '../text/position';
import { comparePositions } from '../text/position';
import type { TextLines } from '../text/textLines';

/** A replacement of one range of the document, as LSP's TextEdit. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A change offered for one finding. */
export interface Fix {
  /** What the fix does, as the quick-fix menu shows it. */
  title: string;
  edits: TextEdit[];
  /** Safe fixes only tidy what is unambiguous; `--fix` and fix-all apply only these. */
  safe: boolean;
}

/**
 * Applies edits to the text. Edits must not overlap; the caller picks which
 * to keep (see `nonOverlapping`). Offsets are computed on the original text.
 */
export function applyEdits(lines: TextLines, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start));
  const { text } = lines;
  let out = '';
  let last = 0;
  for (const e of sorted) {
    const start = lines.offsetAt(e.range.start);
    const end = lines.offsetAt(e.range.end);
    out += text.slice(last, start) + e.newText;
    last = end;
  }
  return out + text.slice(last);
}

/** Keeps edits in order, dropping any that overlaps one already kept. */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort(
    (a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end),
  );
  const kept: TextEdit[] = [];
  for (const e of sorted) {
    const prev = kept[kept.length - 1];
    if (prev && comparePositions(e.range.start, prev.range.end) < 0) continue;
    // Two insertions at one point would interleave unpredictably: keep the first.
    if (prev && comparePositions(e.range.start, prev.range.start) === 0 && comparePositions(prev.range.start, prev.range.end) === 0) continue;
    kept.push(e);
  }
  return kept;
}
