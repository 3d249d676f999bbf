import { t } from '../core/index';
import { errorsAndWarnings, fileCount } from './counts';
import type { FileResult } from './fileResult';
import type { Tally } from './output';

/** Skipped files named in the closing line; past this many, the line ends in `…`. */
const SKIPPED_NAMED = 5;

/** The closing line of the text outputs: how many files, errors and warnings, and which files were skipped. */
export class Totals {
  private files = 0;
  private errors = 0;
  private warnings = 0;

  add({ errors, warnings }: Tally): void {
    this.files++;
    this.errors += errors;
    this.warnings += warnings;
  }

  line(skipped: readonly string[]): string {
    const checked = t('{0} checked: {1}', fileCount(this.files), errorsAndWarnings(this.errors, this.warnings));
    if (skipped.length === 0) return checked;
    const named = skipped.slice(0, SKIPPED_NAMED).join(', ') + (skipped.length > SKIPPED_NAMED ? ', …' : '');
    const skip =
      skipped.length === 1
        ? t('skipped {0} file that does not look like a report: {1}', skipped.length, named)
        : t('skipped {0} files that do not look like reports: {1}', skipped.length, named);
    return t('{0}; {1}', checked, skip);
  }
}

/** How many of a file's findings are errors, and how many warnings. */
export function severityCounts(result: FileResult): { errors: number; warnings: number } {
  return {
    errors: result.findings.filter((f) => f.severity === 'error').length,
    warnings: result.findings.filter((f) => f.severity === 'warning').length,
  };
}

/** What the run needs of a file's result (see Tally). */
export function tallyOf(result: FileResult): Tally {
  return { ...severityCounts(result), error: result.error, failed: Boolean((result.error && !result.report) || result.notWritten) };
}
