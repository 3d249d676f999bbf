/** Text normalisation shared by the parser's matchers. */

/** Removes every kind of blank (incl. the full-width space U+3000 and BOM). */
export function squeeze(s: string): string {
  return s.replace(/[\s\u3000\uFEFF]+/g, '');
}

/**
 * A label as the official format writes it: no blanks, full-width brackets,
 * so `(二) 部分公开` and `（二）部分公开` compare equal.
 */
export function normalizeLabel(s: string): string {
  // Most labels are already written so: return them as they are, without building a copy.
  if (!LABEL_NOISE.test(s)) return s;
  return s.replace(LABEL_NOISE_ALL, (m) => FULL_WIDTH_PUNCTUATION[m] ?? '');
}

const LABEL_NOISE = /[\s\u3000\uFEFF(),:]/;
const LABEL_NOISE_ALL = /[\s\u3000\uFEFF]+|[(),:]/g;
const FULL_WIDTH_PUNCTUATION: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：' };

/** Blanks that may surround a cell's text without being part of it: space, TAB, no-break space, BOM. */
export function isCellPadding(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0xfeff;
}

export function isBlankLine(s: string): boolean {
  return /^[\s\u3000\uFEFF]*$/.test(s);
}

/** Word export noise such as `[bookmark: _GoBack]` at the start of a line. */
export const EXPORT_NOISE = /^(?:\s*\[bookmark:[^\]]*\])+/;

/** A page number a PDF put between lines: `-3-`, `— 5 —`, `第 3 页`, `第3页 共6页`, `3/6`. */
export function isPageNumber(s: string): boolean {
  return PAGE_NUMBER.test(s);
}

const PAGE_NUMBER = /^[\s\u3000]*(?:[-—–－]+[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－]+|第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[,，]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*页)?|\d{1,4}[\s\u3000]*\/[\s\u3000]*\d{1,4})[\s\u3000]*$/;
