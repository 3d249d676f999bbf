import { t } from '../core/index';
import type { FileResult } from './fileResult';
import type { Output } from './output';
import { errorsAndWarnings } from './counts';
import { severityCounts, Totals } from './totals';

/**
 * One line a file, for a reviewer going through many reports: its year and
 * format version, how many errors and warnings, and which rules, most frequent
 * first. Then the totals.
 */
export function summaryOutput(write: (text: string) => void): Output {
  const totals = new Totals();
  return {
    add(r) {
      totals.add(r);
      write(summaryLine(r) + '\n');
    },
    end(skipped) {
      write(totals.line(skipped) + '\n');
    },
  };
}

function summaryLine(r: FileResult): string {
  if (!r.report) return `${r.file}: ${t('error')}: ${r.error}`;
  const { year, format } = r.report;
  const { errors, warnings } = severityCounts(r);
  const line = t(
    '{0}: {1}, {2}; {3}',
    r.file,
    year ? t('report on {0}', year.value) : t('year not found'),
    format === 'mixed' ? t('Mixed 2019/2021 format') : format ? t('{0} format', format) : t('Format not recognised'),
    errorsAndWarnings(errors, warnings),
  );
  const extras = [ruleCounts(r), r.fixed ? t('fixed {0} problems', r.fixed) : '', r.error ? `${t('error')}: ${r.error}` : ''];
  return [line, ...extras.filter(Boolean)].join(' — ');
}

/** `blank-cell ×136, empty-section ×1`: each rule found, most frequent first. */
function ruleCounts(r: FileResult): string {
  const counts = new Map<string, number>();
  for (const f of r.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, n]) => `${rule} ×${n}`)
    .join(', ');
}
