import type { Position } from './position';

/**
 * The document split into lines the way LSP splits them (CRLF, LF and a lone CR
 * all end a line), keeping each line's start offset so positions map back to
 * offsets in O(1).
 */
export class TextLines {
  readonly lines: string[] = [];
  /** Offset of the first character of each line in the text. */
  readonly starts: number[] = [];
  /** The line break most of the document uses, for text we insert. */
  readonly eol: '\n' | '\r\n' | '\r';

  constructor(readonly text: string) {
    const breaks = { lf: 0, crlf: 0, cr: 0 };
    // From break to break with indexOf, which scans natively; most documents have no CR at all.
    let cr = text.indexOf('\r');
    let lf = text.indexOf('\n');
    let start = 0;
    while (cr >= 0 || lf >= 0) {
      const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      this.lines.push(text.slice(start, end));
      this.starts.push(start);
      if (end === lf) {
        breaks.lf++;
        start = end + 1;
      } else if (lf === end + 1) {
        breaks.crlf++;
        start = end + 2;
      } else {
        breaks.cr++;
        start = end + 1;
      }
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
      if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    }
    this.lines.push(text.slice(start));
    this.starts.push(start);
    this.eol = breaks.crlf > breaks.lf && breaks.crlf >= breaks.cr ? '\r\n' : breaks.cr > breaks.lf ? '\r' : '\n';
  }

  get lineCount(): number {
    return this.lines.length;
  }

  offsetAt(p: Position): number {
    const line = Math.min(Math.max(p.line, 0), this.lines.length - 1);
    return this.starts[line] + Math.min(Math.max(p.character, 0), this.lines[line].length);
  }

  /** The position of an offset in the text (a line break belongs to the line it ends). */
  positionAt(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: Math.min(offset - this.starts[low], this.lines[low].length) };
  }

  /** End of a line, before its line break. */
  lineEnd(line: number): Position {
    return { line, character: this.lines[line].length };
  }
}
