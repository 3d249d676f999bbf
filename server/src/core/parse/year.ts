import type { Range } from '../text/position';
import type { TextLines } from '../text/textLines';
import { isBlankLine } from './normalize';

const YEAR = /((?:19|20)\d{2})[\s\u3000]*年/;

/**
 * The year the report is on: the first `20XX年` in the title (the first block of
 * lines), else in the lines before section 一 (`2020年度报告根据…`).
 */
export function findYear(lines: TextLines, beforeLine: number): { value: number; range: Range } | undefined {
  let titleEnd = 0;
  while (titleEnd < beforeLine && isBlankLine(lines.lines[titleEnd])) titleEnd++;
  while (titleEnd < beforeLine && !isBlankLine(lines.lines[titleEnd])) titleEnd++;
  const search = (from: number, to: number) => {
    for (let line = from; line < to; line++) {
      const m = YEAR.exec(lines.lines[line]);
      if (m) {
        return {
          value: Number(m[1]),
          range: { start: { line, character: m.index }, end: { line, character: m.index + m[1].length } },
        };
      }
    }
    return undefined;
  };
  return search(0, titleEnd) ?? search(titleEnd, beforeLine);
}
