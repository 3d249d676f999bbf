import { t } from '../core/l10n';
import type { FileResult } from './fileResult';

/** The closing line of the text outputs: how many files, errors and warnings. */
export class Totals {
  private files = 0;
  private errors = 0;
  private warnings = 0;

  add(result: FileResult): void {
    this.files++;
    for (const f of result.findings) {
      if (f.severity === 'error') this.errors++;
      if (f.severity === 'warning') this.warnings++;
    }
  }

  line(): string {
    return t('{0} files checked: {1} errors, {2} warnings', this.files, this.errors, this.warnings);
  }
}
