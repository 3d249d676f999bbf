import { t } from '../core/index';
import { LIMITS } from './limits';
import { furnitureFilter, type PageOfLines } from './pdfPageFurniture';
import { pageLines, type TextRun } from './pdfLines';
import { pdfReportText, type PlacedLine } from './pdfReportText';
import { ReportTextBuilder, type ReadReport } from './reportText';
import { UnreadableFileError } from '../node/readReport';

/**
 * pdf.js, loaded on first use: its legacy build is the one for Node. Its
 * "worker" runs in this thread (`globalThis.pdfjsWorker`), which also works
 * once bundled into dist/cli.js, where no worker file can be found by path.
 * On load it looks for a canvas package to render with, builds one DOMMatrix
 * and warns on stderr if it finds none; nothing is rendered here, so stand-ins
 * for the three canvas classes let it load, and its warnings, meaningless to
 * the user, are silenced while it loads.
 */
async function loadPdfjs() {
  const g = globalThis as Record<string, unknown>;
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) g[name] ??= class {};
  const warn = console.warn;
  console.warn = () => {};
  try {
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.warn = warn;
  }
}

/**
 * Reads the text layer of a PDF into report text; the source map gives the page
 * and the line on it. Nothing is rendered and no font is loaded: only the text
 * and where it stands. A PDF without text (a scan) is refused, not checked as empty.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadReport> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // A copy: pdf.js refuses a Buffer, and transfers (empties) the array it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const name = (e as Error).name;
    throw new UnreadableFileError(name === 'PasswordException' ? t('encrypted PDF: it cannot be read without its password') : t('not a readable PDF: {0}', (e as Error).message));
  }
  try {
    const builder = new ReportTextBuilder();
    const pageCount = Math.min(doc.numPages, LIMITS.pdfPages);
    if (doc.numPages > pageCount) builder.notes.push(t('only the first {0} of the PDF’s {1} pages were read', pageCount, doc.numPages));
    const pages: PageOfLines[] = [];
    for (let n = 1; n <= pageCount; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) });
      }
      pages.push({ height: page.view[3] - page.view[1], lines: pageLines(runs) });
      page.cleanup();
    }
    const isFurniture = furnitureFilter(pages);
    const lines: PlacedLine[] = pages.flatMap((page, i) =>
      page.lines.flatMap((line, j) => (isFurniture(page, line) ? [] : [{ ...line, page: i + 1, line: j + 1 }])),
    );
    if (lines.length === 0) throw new UnreadableFileError(t('the PDF has no text layer (a scan?): its text cannot be checked'));
    pdfReportText(lines, builder);
    return builder.build();
  } finally {
    await doc.destroy();
  }
}
