/** A line of a text: its number, its content, and the offset where it ends (before its line break). */
export interface TopLine {
  line: number;
  text: string;
  end: number;
}

/**
 * The lines of a text from the top, one at a time, split where TextLines splits them (CRLF, LF, a
 * lone CR): for a reader of the first few lines that stops there, without splitting the rest.
 */
export function* linesFromTop(text: string): Generator<TopLine> {
  const content = /[^\r\n]*/y;
  for (let line = 0, start = 0; ; line++) {
    content.lastIndex = start;
    content.exec(text);
    const end = content.lastIndex;
    yield { line, text: text.slice(start, end), end };
    if (end === text.length) return;
    start = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
}
