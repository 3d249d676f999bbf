import { t } from '../core/index';
import type { OutputFormat } from './output';
import { placeOf } from './place';
import { Totals } from './totals';

/**
 * `file:line:col severity rule message`, 1-based like a compiler, then the totals;
 * for a PDF, Word or HTML file the place is in the file's own terms (`file:p3:12`, see describeLocation).
 */
export const textFormat: OutputFormat<string> = {
  detail: { edits: false, grids: false },
  piece(r) {
    const lines: string[] = [];
    if (r.error) lines.push(`${r.file}: ${t('error')}: ${r.error}`);
    if (r.fixed) lines.push(`${r.file}: ${t('fixed {0} problems', r.fixed)}`);
    for (const f of r.findings) {
      lines.push(`${r.file}:${placeOf(f)} ${f.severity} ${f.rule} ${f.message}`);
    }
    return lines.map((line) => line + '\n').join('');
  },
  start(write) {
    const totals = new Totals();
    return {
      add(lines, tally) {
        totals.add(tally);
        if (lines) write(lines);
      },
      end(skipped) {
        write(totals.line(skipped) + '\n');
      },
    };
  },
};
