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
    const breaks = { '\n': 0, '\r\n': 0, '\r': 0 };
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.lines.push(text.slice(start, i));
      this.starts.push(start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        breaks['\r\n']++;
        i++;
      } else {
        breaks[c === 13 ? '\r' : '\n']++;
      }
      start = i + 1;
    }
    this.lines.push(text.slice(start));
    this.starts.push(start);
    this.eol =
      breaks['\r\n'] > breaks['\n'] && breaks['\r\n'] >= breaks['\r']
        ? '\r\n'
        : breaks['\r'] > breaks['\n']
          ? '\r'
          : '\n';
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
