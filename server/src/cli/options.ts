import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest, t, type Language } from '../core/index';

export const FORMATS = ['text', 'summary', 'json', 'sarif', 'html', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];
const LANGUAGES: readonly Language[] = ['zh-cn', 'en'];
/** The argument that stands for standard input. */
export const STDIN = '-';

export interface CliOptions {
  /** `check` the reports, or list the `rules`. */
  command: 'check' | 'rules';
  /** Files, folders, globs and `-`, as given after `check`. */
  paths: string[];
  format: FormatName;
  fix: boolean;
  lang?: Language;
  /** A configuration file to use for every report instead of the nearest `.govreport.json`. */
  config?: string;
  /** The name standard input goes by in messages; its folder is where `.govreport.json` is looked for. */
  stdinFilename?: string;
  /** How many threads check the files (`--jobs`); 1 is the main thread alone; undefined, as many as pay (see threadCount). */
  jobs?: number;
  help: boolean;
  version: boolean;
}

/** Arguments the checker cannot run with; the message names the bad one. */
export class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string', default: 'text' },
  fix: { type: 'boolean', default: false },
  lang: { type: 'string' },
  config: { type: 'string' },
  'stdin-filename': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} satisfies ParseArgsConfig['options'];

/** Reads the command line: `check [options] PATH…`, `rules`, or `--help`, `--version`. */
export function parseOptions(argv: string[]): CliOptions {
  rejectUnknownOptions(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    command: positionals[0] === 'rules' ? 'rules' : 'check',
    paths: positionals.slice(1),
    format: oneOf(values.format, FORMATS, (v, valid) => t('"{0}" is not an output format; --format takes {1}', v, valid)),
    fix: values.fix,
    lang: values.lang === undefined ? undefined : oneOf(values.lang.toLowerCase(), LANGUAGES, (_, valid) => t('"{0}" is not a language; --lang takes {1}', values.lang!, valid)),
    config: values.config,
    stdinFilename: values['stdin-filename'],
    jobs: values.jobs === undefined ? undefined : jobCount(values.jobs),
    help: values.help,
    version: values.version,
  };
  if (options.help || options.version) return options;
  const [command] = positionals;
  if (command === 'rules' && options.paths.length === 0) return options;
  if (command !== 'check') throw new UsageError(command === undefined ? t('no command: the command is check or rules') : t('unknown command "{0}": the command is check or rules', command));
  if (options.paths.length === 0) throw new UsageError(t('nothing named to check: give files, folders, globs, or - for standard input'));
  const readsStdin = options.paths.includes(STDIN);
  if (options.fix && readsStdin) throw new UsageError(t('--fix cannot write standard input back'));
  if (options.stdinFilename !== undefined && !readsStdin) throw new UsageError(t('--stdin-filename names standard input, which is read only when - is given'));
  return options;
}

/**
 * Node's own message for an unknown option does not say what was meant: ours does. Nor does it
 * name the value of `-j -1`, which to it is an option missing its value: ours does.
 */
function rejectUnknownOptions(argv: string[]): void {
  const known = Object.entries(OPTIONS).flatMap(([name, o]) => ['--' + name, ...('short' in o ? ['-' + o.short] : [])]);
  const { tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'jobs' && token.value !== undefined) jobCount(token.value);
    // A short option is named by its long name here (`-h` → help).
    if (token.kind !== 'option' || token.name in OPTIONS) continue;
    const message = t('unknown option {0}', token.rawName);
    const meant = closest(token.rawName, known);
    throw new UsageError(meant ? t('{0}; did you mean "{1}"?', message, meant) : message);
  }
}

/** `--jobs N`: a whole number from 1 up, written plainly (not `2.0`, `0x2` or `1e1`). */
function jobCount(value: string): number {
  if (/^[1-9]\d*$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new UsageError(t('"{0}" is not a number of jobs; --jobs takes a whole number from 1 up', value));
}

function oneOf<T extends string>(value: string, valid: readonly T[], complaint: (value: string, valid: string) => string): T {
  if (valid.includes(value as T)) return value as T;
  throw new UsageError(complaint(value, valid.join(', ')));
}
