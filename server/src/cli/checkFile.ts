import { agencyOf, applyEdits, checkReport, gridExcerpt, keyFigures, parseReport, safeFixEdits, t, TextLines, type Config } from '../core/index';
import type { PreviousReports } from '../node/previousReport';
import { UnreadableFileError } from '../node/readReport';
import type { AnyReport } from '../readers/readAnyReport';
import type { FileResult, LocatedFinding, ResultDetail } from './fileResult';
import { writeFixedFile } from './writeFixes';

/**
 * Checks one report, `file` as messages name it, its text from `read` (a file
 * or standard input); with `fix`, applies the safe fixes, writes `file`
 * atomically and checks again. A PDF, Word or HTML file is checked as the report
 * text its reader makes of it, each finding located in the file's own terms
 * through the reader's source map; it is never written. Each finding keeps
 * what `detail` asks for besides its place, rule, severity, message and fix titles.
 */
export async function checkFile(
  file: string,
  read: () => Promise<AnyReport>,
  config: Config,
  fix: boolean,
  previousReports: PreviousReports,
  detail: ResultDetail,
): Promise<FileResult> {
  let source;
  try {
    source = await read();
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
  const problems: string[] = [];
  let notWritten = false;
  if (source.kind !== 'text') {
    problems.push(...source.notes);
    if (fix) problems.push(t('not fixed: --fix changes only text reports, never a PDF, Word or HTML file'));
  } else if (fix) {
    const edits = safeFixEdits(result.findings);
    if (edits.length) {
      const text = applyEdits(new TextLines(source.text), edits);
      try {
        await writeFixedFile(file, source, text);
        fixed = edits.length;
        result = check(text);
      } catch (e) {
        problems.push(t('not fixed: {0}', (e as Error).message));
        notWritten = true;
      }
    }
  }
  const map = source.kind === 'text' ? undefined : source.map;
  const { report } = result;
  const findings = result.findings.map((f): LocatedFinding => {
    const { rule, severity, message, range } = f;
    return {
      rule,
      severity,
      message,
      range,
      ...(map ? { source: map.locate(range.start) } : {}),
      fixes: f.fixes.map(({ title, edits }) => (detail.edits ? { title, edits } : { title })),
      ...(detail.edits ? { related: f.related } : {}),
      ...(detail.grids ? { grid: gridExcerpt(report, range.start) } : {}),
    };
  });
  const facts = { year: report.year, format: report.format, agency: agencyOf(report), figures: keyFigures(report) };
  return { file, report: facts, findings, fixed, notWritten, error: problems.length ? problems.join('; ') : undefined };
}
