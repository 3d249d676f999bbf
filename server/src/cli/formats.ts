import { csvFormat } from './formatCsv';
import { htmlFormat } from './formatHtml';
import { jsonFormat } from './formatJson';
import { sarifFormat } from './formatSarif';
import { summaryFormat } from './formatSummary';
import { textFormat } from './formatText';
import type { FormatName } from './options';
import type { OutputFormat } from './output';

/** Each `--format`, by its name: on the main thread to write the output, on a worker to make the pieces. */
export const OUTPUT_FORMATS: Record<FormatName, OutputFormat<unknown>> = {
  text: textFormat,
  summary: summaryFormat,
  json: jsonFormat,
  sarif: sarifFormat,
  html: htmlFormat,
  csv: csvFormat,
};
