import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { agencyOf, parseReport, parseTitleAndYear, parseTitleAndYearFromStart, type PreviousReport, type Report } from '../core/index';
import { readReportFile, readReportHead } from './readReport';

/** Reports are small; a file larger than this beside one is not last year's report. */
const MAX_REPORT_BYTES = 2 * 2 ** 20;
/** Where to look for the title and the year. */
const HEAD_BYTES = 8192;
/** Where to look first: section 一 is within the first kilobyte of the reports we have seen. */
const FIRST_LOOK_BYTES = 2048;
/** How many of last years' reports to keep parsed. */
const MAX_KEPT = 16;
/** More texts than this in a folder, and the editor does not search it. */
const MAX_SIBLINGS = 500;

interface Candidate {
  file: string;
  year: number | undefined;
  agency: string | undefined;
}

/**
 * A snapshot's folders as read, each with the reports it holds (whose report of which year): what
 * a run's worker threads start from, rather than each reading every head of the folder again.
 */
export type FolderIndex = [folder: string, candidates: Candidate[]][];

/**
 * Finds last year's report of the same agency beside a report: a `.txt` or `.md`
 * in the same folder whose title names the same agency and whose year is one
 * earlier. Drafters start from last year's file, so it is often right there.
 * What a folder holds is remembered until the folder changes, and a report
 * read is kept until its file changes, so the editor can ask on every keystroke.
 */
export class PreviousReports {
  /** A folder's candidates by `candidateKey`: a run over a province's folder looks one up for each of its thousands of files. */
  private readonly folders = new Map<string, { mtimeMs: number; byKey: Map<string, Candidate[]> }>();
  private readonly heads = new Map<string, { mtimeMs: number; candidate: Candidate }>();
  private readonly read = new Map<string, { mtimeMs: number; previous: PreviousReport | undefined }>();

  /**
   * `snapshot`: for a run over a fixed set of files (the CLI). A folder is listed
   * once, however many files it holds, and not again when it changes, as `--fix`
   * itself changes it. Otherwise (the editor) a folder is listed again when it
   * changes, and one with more than MAX_SIBLINGS texts is not searched. `index`: a snapshot's
   * folders another thread has read (see indexFor).
   */
  constructor(
    private readonly snapshot = false,
    index: FolderIndex = [],
  ) {
    for (const [folder, candidates] of index) this.folders.set(folder, { mtimeMs: 0, byKey: keyed(candidates) });
  }

  /** The folders of a snapshot's `files`, each read now if it has not been: what a worker thread is given (see FolderIndex). */
  indexFor(files: readonly string[]): FolderIndex {
    const index: FolderIndex = [];
    for (const folder of new Set(files.map((file) => dirname(file)))) {
      try {
        index.push([folder, [...this.candidatesIn(folder).values()].flat()]);
      } catch {
        // A folder that went away: its files will say so when they are read.
      }
    }
    return index;
  }

  find(file: string, report: Report): PreviousReport | undefined {
    const year = report.year?.value;
    const agency = agencyOf(report);
    if (year === undefined || agency === undefined) return undefined;
    try {
      const match = this.candidatesIn(dirname(file)).get(candidateKey(year - 1, agency))?.find((c) => c.file !== file);
      return match && this.readReport(match.file);
    } catch {
      // A folder or file that went away or cannot be read: no previous report, as if there were none.
      return undefined;
    }
  }

  private candidatesIn(folder: string): Map<string, Candidate[]> {
    const cached = this.folders.get(folder);
    if (cached && this.snapshot) return cached.byKey;
    // A folder that is not there (a file not saved yet, or gone) has none; asked without the cost of an
    // exception, as the editor asks at every keystroke.
    const stat = statSync(folder, { throwIfNoEntry: false });
    if (!stat) return new Map();
    const { mtimeMs } = stat;
    if (cached?.mtimeMs === mtimeMs) return cached.byKey;
    const names = readdirSync(folder).filter((name) => ['.txt', '.md'].includes(extname(name).toLowerCase()));
    // A folder of hundreds of texts is an archive, not a drafter's desk: not worth reading on a keystroke.
    const tooMany = !this.snapshot && names.length > MAX_SIBLINGS;
    const byKey = keyed((tooMany ? [] : names).flatMap((name) => this.candidate(join(folder, name))));
    this.folders.set(folder, { mtimeMs, byKey });
    return byKey;
  }

  /**
   * Whose report of which year a file is, from its top; read again only when the file changed.
   * A snapshot lists a folder once: it reads each file's head once, and remembers nothing more.
   */
  private candidate(file: string): Candidate[] {
    try {
      if (this.snapshot) return [readCandidate(file)];
      const { mtimeMs } = statSync(file);
      const cached = this.heads.get(file);
      if (cached?.mtimeMs === mtimeMs) return [cached.candidate];
      const candidate = readCandidate(file);
      this.heads.set(file, { mtimeMs, candidate });
      return [candidate];
    } catch {
      // Gone, unreadable or not text: not a report.
      return [];
    }
  }

  private readReport(file: string): PreviousReport | undefined {
    const stat = statSync(file);
    const cached = this.read.get(file);
    if (cached?.mtimeMs === stat.mtimeMs) return cached.previous;
    const previous = stat.size <= MAX_REPORT_BYTES ? { report: parseReport(readReportFile(file).text), name: basename(file), file } : undefined;
    this.read.delete(file);
    this.read.set(file, { mtimeMs: stat.mtimeMs, previous });
    // A reviewer's run over years of reports would otherwise keep them all.
    if (this.read.size > MAX_KEPT) this.read.delete(this.read.keys().next().value!);
    return previous;
  }
}

/** The title and the year are at the top: the head is enough, and its first kilobytes mostly are. */
function readCandidate(file: string): Candidate {
  const head = readReportHead(file, HEAD_BYTES);
  const start = head.start(FIRST_LOOK_BYTES);
  const facts = (start !== undefined && parseTitleAndYearFromStart(start)) || parseTitleAndYear(head.text());
  return { file, year: facts.year?.value, agency: agencyOf(facts) };
}

/** A folder's candidates that name a year and an agency, by `candidateKey`, each key's in the order the folder lists them. */
function keyed(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.year === undefined || c.agency === undefined) continue;
    const key = candidateKey(c.year, c.agency);
    const same = byKey.get(key);
    if (same) same.push(c);
    else byKey.set(key, [c]);
  }
  return byKey;
}

/** How a folder's candidates are looked up: by year and agency, in the order the folder lists them. */
function candidateKey(year: number, agency: string): string {
  return `${year}\u0000${agency}`;
}
