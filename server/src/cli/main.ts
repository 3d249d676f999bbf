import { parseArgs } from 'node:util';
import { applyEdits, checkReport, parseReport, safeFixEdits, TextLines, type Report } from '../core/index';
import { resolveLanguage, t, useLanguage } from '../core/l10n';
import { loadConfigFor, type LoadedConfig } from '../node/configFile';
import { PreviousReports } from '../node/previousReport';
import { UnreadableFileError } from '../node/readReport';
import { readAnyReport } from '../readers/readAnyReport';
import type { FileResult } from './fileResult';
import { findFiles } from './findFiles';
import { jsonOutput } from './formatJson';
import { sarifOutput } from './formatSarif';
import { summaryOutput } from './formatSummary';
import { textOutput } from './formatText';
import { writeFixedFile } from './writeFixes';

declare const PACKAGE_VERSION: string;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';
const OUTPUTS = ['text', 'summary', 'json', 'sarif'];

const USAGE = `usage: govreport check [--format text|summary|json|sarif] [--fix] [--lang zh-cn|en] PATH…

Checks 政府信息公开工作年度报告 drafts. Directories are searched for .txt, .md, .pdf, .docx, .html and .htm files.
  --format  text (default): file:line:col severity rule message; summary: one line a file; json; sarif
  --fix     apply the safe fixes in place (blank cells, malformed numbers), then report what is left;
            text files only: a PDF, Word or HTML file is checked, never written
  --lang    message language (default: Chinese unless LANG is English)
Exit code: 0 no errors, 1 errors found, 2 bad usage or a file that could not be read (or, with --fix, written).`;

/** What the output says about the report as a whole (see FileResult.report). */
const summary = ({ year, format }: Report): FileResult['report'] => ({ year, format });

/**
 * Checks one file; with `fix`, applies the safe fixes, writes atomically and checks again.
 * A PDF, Word or HTML file is checked as the report text its reader makes of it, each
 * finding located in the file's own terms through the reader's source map; it is never written.
 */
async function checkFile(file: string, fix: boolean, configs: Map<string, LoadedConfig>, previousReports: PreviousReports): Promise<FileResult> {
  let source;
  try {
    source = await readAnyReport(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file, findings: [], error: e.message };
    throw e;
  }
  const loaded = loadConfigFor(file, configs);
  const { config } = loaded;
  const check = (text: string) => {
    const report = parseReport(text);
    return checkReport(report, config, previousReports.find(file, report));
  };
  let result = check(source.text);
  const problems = loaded.problems.map((p) => `${loaded.file}: ${p}`);
  let fixed = 0;
  let notWritten = false;
  if (source.kind !== 'text') {
    problems.push(...source.notes);
    if (fix) problems.push(t('not fixed: --fix changes only text reports, never a PDF, Word or HTML file'));
  } else if (fix) {
    const edits = safeFixEdits(result.findings);
    if (edits.length) {
      const text = applyEdits(new TextLines(source.text), edits);
      try {
        writeFixedFile(file, source, text);
        fixed = edits.length;
        result = check(text);
      } catch (e) {
        problems.push(t('not fixed: {0}', (e as Error).message));
        notWritten = true;
      }
    }
  }
  const map = source.kind === 'text' ? undefined : source.map;
  const findings = map ? result.findings.map((f) => ({ ...f, source: map.locate(f.range.start) })) : result.findings;
  return { file, report: summary(result.report), findings, fixed, notWritten, error: problems.length ? problems.join('; ') : undefined };
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        fix: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'check' || paths.length === 0 || !OUTPUTS.includes(values.format!)) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  useLanguage(resolveLanguage(values.lang ?? process.env.GOVREPORT_LANG ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG));
  const configs = new Map<string, LoadedConfig>();
  const previousReports = new PreviousReports(true);
  const write = (text: string) => process.stdout.write(text);
  const output =
    values.format === 'json'
      ? jsonOutput(write)
      : values.format === 'sarif'
        ? sarifOutput(write, VERSION)
        : values.format === 'summary'
          ? summaryOutput(write)
          : textOutput(write);
  /** A file that could not be read, or whose fixes could not be written: exit code 2. */
  let failed = false;
  let errors = false;
  for (const file of findFiles(paths)) {
    const r = await checkFile(file, values.fix!, configs, previousReports);
    output.add(r);
    if (r.error && (values.format === 'json' || values.format === 'sarif')) process.stderr.write(`${r.file}: ${r.error}\n`);
    failed ||= Boolean((r.error && !r.report) || r.notWritten);
    errors ||= r.findings.some((f) => f.severity === 'error');
  }
  output.end();
  return failed ? 2 : errors ? 1 : 0;
}

// A reader that stops early (`govreport check … | head`) closes the pipe: stop quietly, as other tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit();
});
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
