import { t, type KeyFigures } from '../core/index';
import type { FileResult } from './fileResult';
import type { OutputFormat } from './output';
import { severityCounts } from './totals';

/** The key figures in the order of the columns, each with its heading. */
const FIGURE_COLUMNS: [keyof KeyFigures, () => string][] = [
  ['received', () => t('New applications (表三 总计)')],
  ['carriedOver', () => t('Carried over from last year (表三 总计)')],
  ['resultTotal', () => t('Results total (表三 （七）总计)')],
  ['carriedForward', () => t('Carried forward to next year (表三 总计)')],
  ['reviewTotal', () => t('Administrative reconsideration total (表四)')],
  ['suitTotal', () => t('Lawsuits without reconsideration total (表四)')],
  ['suitAfterReviewTotal', () => t('Lawsuits after reconsideration total (表四)')],
];

/**
 * One row a report, for a spreadsheet: agency, year, format version, the key
 * figures as written, how many errors and warnings. UTF-8 with a BOM, which
 * Excel needs to read Chinese; RFC 4180 (CRLF, fields quoted when they must be).
 */
export const csvFormat: OutputFormat<string> = {
  detail: { edits: false, grids: false },
  piece: (r) => csvRow(csvFields(r)),
  start(write) {
    const headings = [t('File'), t('Agency'), t('Year'), t('Format version'), ...FIGURE_COLUMNS.map(([, heading]) => heading()), t('Errors'), t('Warnings'), t('Notes')];
    write('\uFEFF' + csvRow(headings));
    return { add: (row) => write(row), end() {} };
  },
};

function csvFields(r: FileResult): string[] {
  const { errors, warnings } = severityCounts(r);
  const facts = r.report;
  const figures = FIGURE_COLUMNS.map(([key]) => facts?.figures[key] ?? '');
  const counts = facts ? [String(errors), String(warnings)] : ['', ''];
  return [r.file, facts?.agency ?? '', String(facts?.year?.value ?? ''), facts?.format ?? '', ...figures, ...counts, r.error ?? ''];
}

function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

function csvField(text: string): string {
  const field = neutralised(text);
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * A text a spreadsheet would run as a formula (`=HYPERLINK(…)` in a cell or a
 * file name) gets a leading `'`, so Excel shows it as text (OWASP's advice on
 * CSV injection). A plain number such as `-1` is left as it is.
 */
function neutralised(field: string): string {
  return /^[=+\-@\t\r]/.test(field) && !/^[+-]?\d+(?:\.\d+)?$/.test(field) ? `'${field}` : field;
}
