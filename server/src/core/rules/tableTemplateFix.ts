import { t } from '../l10n';
import type { Fix } from '../fixes/textEdit';
import { renderTableTemplate, templateVersion, type TableNumber } from '../fixes/tableTemplate';
import type { Report } from '../model/report';
import type { Range } from '../text/position';
import { TABLE_NAMES } from './sectionNames';

/**
 * The fix that writes the standard table (all zeros, in the report's format
 * version and table layout) over `range`; `before`/`after` are what keeps it
 * on lines of its own.
 */
export function tableTemplateFix(report: Report, table: TableNumber, range: Range, before: string, after: string): Fix {
  const version = templateVersion(report);
  return {
    title: t('Insert the standard {0} ({1} format)', TABLE_NAMES[table], version),
    edits: [{ range, newText: before + renderTableTemplate(table, version, report.layout, report.lines.eol) + after }],
    safe: false,
  };
}
