import { looksLikeReport, SAMPLE_CHARS } from '../core/index';
import { readReportHead } from './readReport';

/** Enough bytes for SAMPLE_CHARS characters in any encoding a report comes in (GB18030 takes up to four). */
const HEAD_BYTES = SAMPLE_CHARS * 4;

/**
 * Whether a file found in a folder looks like a report, decided as the editor
 * decides for an open `.txt`/`.md`, from the file's head only: a large file
 * that is not a report is not read whole. Throws when the file cannot be read.
 */
export function looksLikeReportFile(path: string): boolean {
  return looksLikeReport(readReportHead(path, HEAD_BYTES));
}
