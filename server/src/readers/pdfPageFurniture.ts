import { lineText, type PdfLine } from './pdfLines';

/** The top and bottom of a page where running headers, footers and page numbers stand, as a share of its height. */
const MARGIN = 0.1;
const PAGE_NUMBER = /^[\s\-—–－·]*(第\s*)?\d+(\s*页)?(\s*共\s*\d+\s*页)?[\s\-—–－·]*$/;

export interface PageOfLines {
  height: number;
  lines: PdfLine[];
}

/**
 * Whether a line is page furniture, not content: a page number (`-3-`, `第 3 页`)
 * in the top or bottom margin, or a running header or footer, i.e. a margin line
 * that recurs, numbers aside, on at least half of the pages (and on two or more).
 */
export function furnitureFilter(pages: readonly PageOfLines[]): (page: PageOfLines, line: PdfLine) => boolean {
  const inMargin = (page: PageOfLines, line: PdfLine) => line.y < page.height * MARGIN || line.y > page.height * (1 - MARGIN);
  const key = (line: PdfLine) => lineText(line).replace(/\d+/g, '#');
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const k of new Set(page.lines.filter((l) => inMargin(page, l)).map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const recurs = (line: PdfLine) => {
    const n = pagesWith.get(key(line)) ?? 0;
    return n >= 2 && n >= pages.length / 2;
  };
  return (page, line) => inMargin(page, line) && (PAGE_NUMBER.test(lineText(line)) || recurs(line));
}
