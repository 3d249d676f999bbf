import type { Finding, GridExcerpt, KeyFigures, Report, TextEdit } from '../core/index';
import type { SourceLocation } from '../readers/sourceMap';

/**
 * A finding as the outputs print it: where (for a PDF, Word or HTML file also in the file's own terms), what,
 * and only the rest the output asks for (ResultDetail). A run over thousands of files holds the results
 * until it prints, and worker threads send them to the main thread: what no output prints is left out.
 */
export interface LocatedFinding extends Pick<Finding, 'rule' | 'severity' | 'message' | 'range'> {
  source?: SourceLocation;
  /** Each fix's title, and its edits when the output asks for them. */
  fixes: { title: string; edits?: TextEdit[] }[];
  /** The places that explain it, when the output asks for them. */
  related?: Finding['related'];
  /** The table rows around it, when it is in a statistical table and the output draws them. */
  grid?: GridExcerpt;
}

/** What an output prints of a finding beyond its place, rule, severity, message and fix titles. */
export interface ResultDetail {
  /** The fixes' edits and the places that explain a finding (SARIF). */
  edits: boolean;
  /** The table rows around a finding (`--format html`). */
  grids: boolean;
}

/**
 * What the outputs say about a report as a whole. Only these fields, not the
 * model: a run over thousands of files holds every result until it prints.
 */
export interface ReportFacts extends Pick<Report, 'year' | 'format'> {
  agency?: string;
  figures: KeyFigures;
}

/** What the checker found in one file, as every output format needs it. */
export interface FileResult {
  /** The path as given on the command line (or found under a given directory). */
  file: string;
  report?: ReportFacts;
  findings: LocatedFinding[];
  /** Why the file could not be checked (or fixed). */
  error?: string;
  /** How many fixes `--fix` applied. */
  fixed?: number;
  /** `--fix` had fixes to write but could not write the file (read-only, unwritable folder). */
  notWritten?: boolean;
}
