import type { Finding, Report } from '../core/index';
import type { SourceLocation } from '../readers/sourceMap';

/** A finding, and for a PDF, Word or HTML file where it is in the file's own terms. */
export interface LocatedFinding extends Finding {
  source?: SourceLocation;
}

/** What the checker found in one file, as every output format needs it. */
export interface FileResult {
  /** The path as given on the command line (or found under a given directory). */
  file: string;
  /**
   * What the output says about the report as a whole. Only these fields, not the
   * model: a run over thousands of files holds every result until it prints.
   */
  report?: Pick<Report, 'year' | 'format'>;
  findings: LocatedFinding[];
  /** Why the file could not be checked (or fixed). */
  error?: string;
  /** How many fixes `--fix` applied. */
  fixed?: number;
  /** `--fix` had fixes to write but could not write the file (read-only, unwritable folder). */
  notWritten?: boolean;
}
