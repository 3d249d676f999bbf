import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Report } from '../core/model/report';
import { agencyOf } from '../core/parse/agency';
import { parseReport, parseTitleAndYear } from '../core/parse/parseReport';
import type { PreviousReport } from '../core/rules/rule';
import { readReportFile, readReportHead } from './readReport';

/** Reports are small; a file larger than this beside one is not last year's report. */
const MAX_REPORT_BYTES = 2 * 2 ** 20;
/** Where to look for the title and the year. */
const HEAD_BYTES = 8192;
/** How many of last years' reports to keep parsed. */
const MAX_KEPT = 16;

interface Candidate {
  file: string;
  year: number | undefined;
  agency: string | undefined;
}

/**
 * Finds last year's report of the same agency beside a report: a `.txt` or `.md`
 * in the same folder whose title names the same agency and whose year is one
 * earlier. Drafters start from last year's file, so it is often right there.
 * What a folder holds is remembered until the folder changes, and a report
 * read is kept until its file changes, so the editor can ask on every keystroke.
 */
export class PreviousReports {
  /**
   * `snapshot`: a folder's files are listed once and not again when the folder
   * changes — what a CLI run wants, as `--fix` itself changes the folder.
   */
  constructor(private readonly snapshot = false) {}

  private readonly folders = new Map<string, { mtimeMs: number; candidates: Candidate[] }>();
  private readonly read = new Map<string, { mtimeMs: number; previous: PreviousReport | undefined }>();

  find(file: string, report: Report): PreviousReport | undefined {
    const year = report.year?.value;
    const agency = agencyOf(report);
    if (year === undefined || agency === undefined) return undefined;
    try {
      const match = this.candidatesIn(dirname(file)).find((c) => c.file !== file && c.year === year - 1 && c.agency === agency);
      return match && this.readReport(match.file);
    } catch {
      // A folder or file that went away or cannot be read: no previous report, as if there were none.
      return undefined;
    }
  }

  private candidatesIn(folder: string): Candidate[] {
    const { mtimeMs } = statSync(folder);
    const cached = this.folders.get(folder);
    if (cached && (this.snapshot || cached.mtimeMs === mtimeMs)) return cached.candidates;
    const candidates: Candidate[] = [];
    for (const name of readdirSync(folder)) {
      if (!['.txt', '.md'].includes(extname(name).toLowerCase())) continue;
      const file = join(folder, name);
      try {
        // The title and the year are at the top: the head is enough to know whose report of which year it is.
        const head = parseTitleAndYear(readReportHead(file, HEAD_BYTES));
        candidates.push({ file, year: head.year?.value, agency: agencyOf(head) });
      } catch {
        // Not a readable text file: not a report.
      }
    }
    this.folders.set(folder, { mtimeMs, candidates });
    return candidates;
  }

  private readReport(file: string): PreviousReport | undefined {
    const stat = statSync(file);
    const cached = this.read.get(file);
    if (cached?.mtimeMs === stat.mtimeMs) return cached.previous;
    const previous = stat.size <= MAX_REPORT_BYTES ? { report: parseReport(readReportFile(file).text), name: basename(file) } : undefined;
    this.read.delete(file);
    this.read.set(file, { mtimeMs: stat.mtimeMs, previous });
    // A reviewer's run over years of reports would otherwise keep them all.
    if (this.read.size > MAX_KEPT) this.read.delete(this.read.keys().next().value!);
    return previous;
  }
}
