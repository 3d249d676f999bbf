import type { Finding, Report } from '../core/index';

/** What the checker found in one file, as every output format needs it. */
export interface FileResult {
  /** The path as given on the command line (or found under a given directory). */
  file: string;
  report?: Report;
  findings: Finding[];
  /** Why the file could not be checked (or fixed). */
  error?: string;
  /** How many fixes `--fix` applied. */
  fixed?: number;
}
