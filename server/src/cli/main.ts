import { setFlagsFromString } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { resolveLanguage, RULES, t, useLanguage } from '../core/index';
import { readConfigFile, type LoadedConfig } from '../node/configFile';
import { PreviousReports } from '../node/previousReport';
import { readStandardInput } from '../node/readReport';
import type { AnyReport } from '../readers/readAnyReport';
import { checkFile } from './checkFile';
import { checkFiles } from './checkFiles';
import { outcomeOf, type CheckSettings, type Checked } from './checkFound';
import { OUTPUT_FORMATS } from './formats';
import { serveChecks } from './checkWorker';
import { findFiles } from './findFiles';
import { listRules } from './listRules';
import { loadIgnoreFile } from '../node/ignoreFile';
import { parseOptions, STDIN, UsageError, type CliOptions } from './options';
import { progress } from './progress';
import { stdoutWriter } from './stdoutWriter';
import { configProblemLines, ReportConfigs } from './reportConfigs';
import type { WorkerSetup } from './checkOnThreads';

declare const PACKAGE_VERSION: string;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';

/** The rules `--fix` applies fixes of: those declaring safe fixes. */
const SAFE_FIX_RULES = RULES.filter((r) => r.fix === 'safe').map((r) => r.id).join(', ');

const USAGE = `usage: govreport check [options] PATH…
       govreport rules [--lang zh-cn|en]

Checks 政府信息公开工作年度报告 drafts. PATH is a file, a folder, a glob ("reports/**/*.txt",
quoted or not) or - for standard input. Folders and globs are searched for .txt and .md files
that look like reports (the others are skipped) and for .pdf, .docx, .html and .htm files; files
the .govreportignore of the current folder names are left out. A file named on its own is always checked.
  --format FORMAT          text (default): file:line:col severity rule message; summary: one line a file;
                           json; sarif; html: one page with a sortable table of the reports and each
                           report's findings; csv: one row a report with its key figures (Excel reads it)
  --fix                    apply the safe fixes in place (of ${SAFE_FIX_RULES}), then report
                           what is left; text files only: a PDF, Word or HTML file is never written
  --lang zh-cn|en          message language (default: Chinese unless LANG is English)
  --config FILE            use this configuration for every report instead of the nearest .govreport.json
  --stdin-filename NAME    the name standard input goes by in messages; .govreport.json is looked for
                           in its folder
  -j, --jobs N             check files on N threads at once, each file on one (1: one after the other,
                           without worker threads); by default as many as the cores keep busy, for a run
                           of thousands of files
Exit code: 0 no errors, 1 errors found, 2 bad usage, an invalid configuration, nothing to check, or a
file that could not be found, read or (with --fix) written.
rules: lists the rules, one a line: id, default severity, fix (safe: --fix applies it; unsafe: the editor
  offers it; none), title. Each rule's page is docs/rules/<id>.md.`;

export async function main(argv: string[]): Promise<number> {
  const complain = (text: string) => process.stderr.write(text + '\n');
  useLanguage(resolveLanguage(process.env.GOVREPORT_LANG ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG));
  let options: CliOptions;
  try {
    options = parseOptions(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    complain(`govreport: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help || options.version) {
    process.stdout.write((options.help ? USAGE : VERSION) + '\n');
    return 0;
  }
  if (options.lang) useLanguage(options.lang);
  if (options.command === 'rules') {
    process.stdout.write(listRules());
    return 0;
  }

  let named: LoadedConfig | undefined;
  if (options.config !== undefined) {
    named = readConfigFile(options.config);
    if (!named) {
      complain(`${options.config}: ${t('error')}: ${t('the configuration file cannot be read')}`);
      return 2;
    }
  }
  const configs = new ReportConfigs(named);
  const search = findFiles(
    options.paths.filter((p) => p !== STDIN),
    loadIgnoreFile(process.cwd()),
  );
  const stdinName = options.paths.includes(STDIN) ? (options.stdinFilename ?? '<stdin>') : undefined;

  // Every configuration the reports will use is read first, its problems said once; one that is
  // not valid at all stops the run, as results under settings nobody meant would mislead.
  const used = new Set([...search.files.map((f) => configs.for(f.path)), ...(stdinName ? [configs.for(stdinName)] : [])]);
  for (const loaded of used) configProblemLines(loaded).forEach(complain);
  if ([...used].some((loaded) => loaded.problems.some((p) => p.fatal))) {
    complain(t('nothing was checked: fix the configuration first'));
    return 2;
  }
  for (const arg of search.missing) complain(`${arg}: ${t('error')}: ${t('no such file, folder or matching file')}`);

  const shown = progress(process.stderr, search.files.length + (stdinName ? 1 : 0));
  const toStdout = stdoutWriter();
  const format = OUTPUT_FORMATS[options.format];
  const write = (text: string) => {
    shown.clear();
    toStdout.write(text);
  };
  const output = format.start(write, { version: VERSION, baseDir: process.cwd() });
  const settings: CheckSettings = { fix: options.fix, format: options.format };
  const previousReports = new PreviousReports(true);
  const skipped: string[] = [];
  let checked = 0;
  /** A file that could not be read, or whose fixes could not be written: exit code 2. */
  let failed = search.missing.length > 0;
  let errors = false;
  const report = ({ file, piece, tally }: Checked) => {
    output.add(piece, tally);
    checked++;
    if (tally.error && (options.format === 'json' || options.format === 'sarif')) {
      shown.clear();
      complain(`${file}: ${tally.error}`);
    }
    shown.step();
    failed ||= tally.failed;
    errors ||= tally.errors > 0;
  };
  for await (const outcome of checkFiles(search.files, (path) => configs.for(path), settings, previousReports, options.jobs, __filename)) {
    if ('skipped' in outcome) {
      skipped.push(outcome.skipped);
      shown.step();
    } else report(outcome);
  }
  const readStdin = async (): Promise<AnyReport> => ({ kind: 'text', ...readStandardInput() });
  if (stdinName) {
    const result = await checkFile(stdinName, readStdin, configs.for(stdinName).config, false, previousReports, format.detail);
    report(outcomeOf(result, settings));
  }
  output.end(skipped);
  toStdout.flush();
  shown.clear();
  if (checked === 0) {
    complain(t('nothing to check: no report was found in {0}', options.paths.join(' ')));
    return 2;
  }
  return failed ? 2 : errors ? 1 : 0;
}

if (isMainThread) {
  // V8 lets the heap grow to up to four times what was live after a collection, sized for a web page's
  // bursts. A run over a province's reports keeps little from one file to the next: growing by half
  // takes a third of the memory off (DEVELOPING.md, Benchmarks) for no measurable time. V8 reads
  // this flag at each collection, so setting it now works; worker threads share it.
  setFlagsFromString('--heap-growing-percent=50');
  // V8 allocates straight into the old generation what it saw survive at a place in the code. A run's
  // reports die young, but a few that were alive at a collection can tip a place of the parse over: then
  // every report after them is born old, and runs took dozens of full collections instead of two, at
  // random (DEVELOPING.md, Benchmarks). Nothing in a run lives long enough to gain from it.
  setFlagsFromString('--no-allocation-site-pretenuring');
  // V8's optimiser inlines up to 920 bytes of bytecode into a function by default. Each thread of a run
  // optimises our code again from cold, on the cores the run needs, and a third of that budget made
  // the optimiser's work smaller without making the optimised code slower: a run's CPU time 7 % less
  // on one thread and on two (DEVELOPING.md, Benchmarks).
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
  // A reader that stops early (`govreport check … | head`) closes the pipe: stop quietly, as other tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit();
  });
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
} else {
  // A worker thread of a run over many files (checkOnThreads), started from this same bundle.
  serveChecks(parentPort!, workerData as WorkerSetup);
}
