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

/** What a file is, by its first bytes: the extension may lie, the content does not. */
export function sniffKind(bytes: Uint8Array): FileKind {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'docx';
  if (/^(?:\uFEFF)?\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(head.toString('latin1'))) return 'html';
  return 'text';
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
  try {
    switch (kind) {
      case 'pdf':
        return { kind, ...(await readPdf(bytes)) };
      // Word's and HTML's readers and their libraries load the first time such a file is read: a run
      // over text reports, or over one draft, starts without them.
      case 'docx':
        return { kind, ...(await import('./readDocx.js')).readDocx(bytes) };
      case 'html':
        return { kind, ...(await import('./readHtml.js')).readHtml(bytes) };
      case 'text':
        return { kind, ...decodeReport(bytes, false) };
    }
  } catch (e) {
    // A library's own failure on a broken or hostile file (a page nested too deep, a bad stream): the file is refused, the run goes on.
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError(t('could not read the {0} file: {1}', kind.toUpperCase(), (e as Error).message));
  }
}
