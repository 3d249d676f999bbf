import { fileURLToPath } from 'node:url';
import { t } from '../core/index';
import { readAnyReport } from '../readers/readAnyReport';
import type { FileParams, ReadReportResult } from './protocol';

/** `govreport/readReport`: a file on disk as report text, for the editor's "Open as report text". */
export async function readReportText({ uri }: FileParams): Promise<ReadReportResult> {
  if (!uri.startsWith('file:')) return { error: t('only files on this computer can be read') };
  try {
    const read = await readAnyReport(fileURLToPath(uri));
    return { text: read.text, notes: read.kind === 'text' ? [] : read.notes };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
