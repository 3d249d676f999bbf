import { applyEdits, checkReport, parseReport, safeFixEdits, t, TextLines, type Config } from '../core/index';
import type { PreviousReports } from '../node/previousReport';
import { UnreadableFileError, type ReportFile } from '../node/readReport';
import type { FileResult } from './fileResult';
import { writeFixedFile } from './writeFixes';

/**
 * Checks one report, `file` as messages name it, its text from `read` (a file
 * or standard input); with `fix`, applies the safe fixes, writes `file`
 * atomically and checks again.
 */
export function checkFile(file: string, read: () => ReportFile, config: Config, fix: boolean, previousReports: PreviousReports): FileResult {
  let source;
  try {
    source = read();
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file, findings: [], error: e.message };
    throw e;
  }
  const check = (text: string) => {
    const report = parseReport(text);
    return checkReport(report, config, previousReports.find(file, report));
  };
  let result = check(source.text);
  let fixed = 0;
  let error: string | undefined;
  if (fix) {
    const edits = safeFixEdits(result.findings);
    if (edits.length) {
      const text = applyEdits(new TextLines(source.text), edits);
      try {
        writeFixedFile(file, source, text);
        fixed = edits.length;
        result = check(text);
      } catch (e) {
        error = t('not fixed: {0}', (e as Error).message);
      }
    }
  }
  const { year, format } = result.report;
  return { file, report: { year, format }, findings: result.findings, fixed, notWritten: error !== undefined, error };
}
