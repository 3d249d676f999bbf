import { t } from '../core/index';
import type { FileResult } from './fileResult';
import type { OutputFormat } from './output';
import { errorsAndWarnings } from './counts';
import { formatLabel } from './reportLabels';
import { describeRuleCounts, ruleCounts } from './ruleCounts';
import { severityCounts, Totals } from './totals';

/**
 * One line a file, for a reviewer going through many reports: its year and
 * format version, how many errors and warnings, and which rules, most frequent
 * first. Then the totals.
 */
export const summaryFormat: OutputFormat<string> = {
  detail: { edits: false, grids: false },
  piece: (r) => summaryLine(r) + '\n',
  start(write) {
    const totals = new Totals();
    return {
      add(line, tally) {
        totals.add(tally);
        write(line);
      },
      end(skipped) {
        write(totals.line(skipped) + '\n');
      },
    };
  },
};

function summaryLine(r: FileResult): string {
  if (!r.report) return `${r.file}: ${t('error')}: ${r.error}`;
  const { year, format } = r.report;
  const { errors, warnings } = severityCounts(r);
  const line = t(
    '{0}: {1}, {2}; {3}',
    r.file,
    year ? t('report on {0}', year.value) : t('year not found'),
    formatLabel(format),
    errorsAndWarnings(errors, warnings),
  );
  const extras = [describeRuleCounts(ruleCounts(r.findings)), r.fixed ? t('fixed {0} problems', r.fixed) : '', r.error ? `${t('error')}: ${r.error}` : ''];
  return [line, ...extras.filter(Boolean)].join(' — ');
}
