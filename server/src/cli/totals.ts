import { t } from '../core/index';
import type { FileResult } from './fileResult';

/** The closing line of the text outputs: how many files, errors and warnings. */
export class Totals {
  private files = 0;
  private errors = 0;
  private warnings = 0;

  add(result: FileResult): void {
    const { errors, warnings } = severityCounts(result);
    this.files++;
    this.errors += errors;
    this.warnings += warnings;
  }

  line(): string {
    return t('{0} files checked: {1} errors, {2} warnings', this.files, this.errors, this.warnings);
  }
}

/** How many of a file's findings are errors, and how many warnings. */
export function severityCounts(result: FileResult): { errors: number; warnings: number } {
  return {
    errors: result.findings.filter((f) => f.severity === 'error').length,
    warnings: result.findings.filter((f) => f.severity === 'warning').length,
  };
}
