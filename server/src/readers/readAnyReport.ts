import { t } from '../core/index';
import { decodeReport, readFileBytes, UnreadableFileError, type ReportFile } from '../node/readReport';
import { LIMITS } from './limits';
import { readPdf } from './readPdf';
import type { ReadReport } from './reportText';

/**
 * A file as the checker reads it: a text report as it is (and can be fixed in
 * place), or a PDF, Word or HTML file turned into report text with a map back
 * to the file's own terms (page and line, table/row/column, paragraph).
 */
export type AnyReport = ({ kind: 'text' } & ReportFile) | ({ kind: 'pdf' | 'docx' | 'html' } & ReadReport);

export type FileKind = AnyReport['kind'];

const ZIP_SIGNATURE = Buffer.from('PK\x03\x04', 'latin1');
const HTML_START = /^(?:\xEF\xBB\xBF)?\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;

/** What a file is, by its first bytes: the extension may lie, the content does not. */
export function sniffKind(bytes: Uint8Array): FileKind {
  // A view of the first kilobyte, not a copy: a run sniffs every file it reads.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (head.subarray(0, 4).equals(ZIP_SIGNATURE)) return 'docx';
  if (startsWithMarkup(head) && HTML_START.test(head.toString('latin1'))) return 'html';
  return 'text';
}

/** Whether the first character after a UTF-8 BOM and blanks is `<`: a text report's is not, and then the pattern need not run. */
function startsWithMarkup(head: Buffer): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  // The blanks `\s` takes in Latin-1, as the pattern reads the bytes.
  while (i < head.length && (head[i] === 0x20 || head[i] === 0xa0 || (head[i] >= 0x09 && head[i] <= 0x0d))) i++;
  return head[i] === 0x3c;
}

/**
 * Reads any report the checker knows, chosen by content (see `sniffKind`). A zip
 * that is not a Word document, or a file beyond the size limit, is refused with the reason.
 */
export async function readAnyReport(path: string): Promise<AnyReport> {
  let bytes: Buffer;
  try {
    bytes = readFileBytes(path, LIMITS.fileBytes, () => t('file larger than {0} MB, not read', LIMITS.fileBytes / 2 ** 20));
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError((e as NodeJS.ErrnoException).code === 'ENOENT' ? t('no such file') : (e as Error).message);
  }
  const kind = sniffKind(bytes);
  // A text is decoded at once; the other readers await, and another file may be read meanwhile into
  // the buffer these bytes share (readFileBytes): they get a copy of their own.
  const own = kind === 'text' ? bytes : Buffer.from(bytes);
  try {
    switch (kind) {
      case 'pdf':
        return { kind, ...(await readPdf(own)) };
      // Word's and HTML's readers and their libraries load the first time such a file is read: a run
      // over text reports, or over one draft, starts without them.
      case 'docx':
        return { kind, ...(await import('./readDocx.js')).readDocx(own) };
      case 'html':
        return { kind, ...(await import('./readHtml.js')).readHtml(own) };
      case 'text':
        return { kind, ...decodeReport(own, false) };
    }
  } catch (e) {
    // A library's own failure on a broken or hostile file (a page nested too deep, a bad stream): the file is refused, the run goes on.
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError(t('could not read the {0} file: {1}', kind.toUpperCase(), (e as Error).message));
  }
}
