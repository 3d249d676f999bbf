import type { Finding, GridExcerpt, KeyFigures, Report } from '../core/index';
import type { SourceLocation } from '../readers/sourceMap';

/** A finding, and for a PDF, Word or HTML file where it is in the file's own terms. */
export interface LocatedFinding extends Finding {
  source?: SourceLocation;
  /** The table rows around it, when it is in a statistical table and the output draws them (`--format html`). */
  grid?: GridExcerpt;
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
