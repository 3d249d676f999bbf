import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { CORPUS_DIR, CORPUS_FILES } from '../test/corpus';
import { formatCount, formatMiB, formatMs, type BenchResult } from './measure';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules/.bin/markdownlint-cli2');
const MAX_RSS = path.join(__dirname, 'maxRss.cjs');
const FLOOR = path.join(__dirname, 'floor.ts');
const COPIES = 2000;
/**
 * Rounds of our three runs (floor, one thread, all cores), taken in turn so that a slow spell of a
 * shared machine falls on all three alike; each one's fastest counts, as other work only ever slows a run.
 */
const ROUNDS = 5;
/**
 * Runs of markdownlint-cli2, of which the fastest counts as ours do: one run takes a minute and a half, and
 * this machine's speed varies by more than a tenth from one such run to the next (DEVELOPING.md, Benchmarks).
 */
const BASELINE_ROUNDS = 2;
/** One thread's time at most this many times the floor's: the CLI around the check costs little. */
const FLOOR_TARGET = 2.5;
/** How many times faster than markdownlint-cli2 the checker should be on all cores, file for file. */
const MARKDOWNLINT_TARGET = 30;
/** Peak memory of a run over 10,000 reports. */
const MEMORY_TARGET_MIB = 200;

interface CliRun {
  ms: number;
  maxRss: number;
}

/**
 * A reviewer's run over a whole province's drafts: 2,000 copies of the corpus (10,000 files)
 * checked by `govreport check --format json` on one thread (`-j 1`) and on all cores (`-j N`,
 * more than the default on a small machine: see threadCount), against the floor — reading each file and the core's parse alone, on one thread —
 * and against markdownlint-cli2 (its default rules, one thread: it has no other; the faster of two runs) over the same files as `.md`.
 */
export function benchCli(): BenchResult[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-bench-cli-'));
  try {
    const files = writeCopies(dir);
    const floorBundle = path.join(dir, 'floor.js');
    bundleFloor(floorBundle);
    const txt = path.join(dir, 'txt');
    const cores = availableParallelism();
    const rounds = Array.from({ length: ROUNDS }, () => ({
      floor: run('floor', process.execPath, [floorBundle, txt], dir, [0]).ms,
      one: runChecker(dir, ['-j', '1', txt]),
      all: runChecker(dir, ['-j', String(cores), txt]),
    }));
    const floor = Math.min(...rounds.map((r) => r.floor));
    const one = fastestRun(rounds.map((r) => r.one));
    const all = fastestRun(rounds.map((r) => r.all));
    // markdownlint-cli2 exits 1 when it finds lint, which on these drafts it does.
    const lintRun = () => run('markdownlint-cli2', MARKDOWNLINT, [`${path.join(dir, 'md')}/**/*.md`], dir, [0, 1]).ms;
    const theirs = Math.min(...Array.from({ length: BASELINE_ROUNDS }, lintRun));
    const rate = (ms: number) => files / (ms / 1000);
    const floorRatio = one.ms / floor;
    const lintRatio = theirs / all.ms;
    return [
      { name: `CLI: ${formatCount(files)} files, \`govreport check --format json -j 1\` (one thread)`, value: `${formatCount(rate(one.ms))} files/s`, target: '' },
      { name: `CLI: the same on all cores (\`-j ${cores}\`)`, value: `${formatCount(rate(all.ms))} files/s`, target: '' },
      { name: 'CLI: floor, the same files read and parsed (`parseReport`), one thread, a fresh process timed as the CLI is', value: `${formatCount(rate(floor))} files/s (${formatMs(floor)})`, target: '' },
      { name: 'CLI: one thread ÷ floor, time', value: `${floorRatio.toFixed(1)}×`, target: `≤ ${FLOOR_TARGET}×`, met: floorRatio <= FLOOR_TARGET },
      { name: 'CLI: the same files as .md, `markdownlint-cli2` (default rules)', value: `${formatCount(rate(theirs))} files/s`, target: '' },
      { name: 'CLI: govreport on all cores ÷ markdownlint-cli2', value: `${lintRatio.toFixed(1)}×`, target: `≥ ${MARKDOWNLINT_TARGET}×`, met: lintRatio >= MARKDOWNLINT_TARGET },
      {
        name: 'CLI: peak memory (max RSS, worker threads included), 10,000 files, one thread (the default on 2 cores)',
        value: formatMiB(one.maxRss),
        target: `< ${MEMORY_TARGET_MIB} MiB`,
        met: one.maxRss < MEMORY_TARGET_MIB * 2 ** 20,
      },
      { name: `CLI: peak memory (max RSS, worker threads included), 10,000 files, \`-j ${cores}\``, value: formatMiB(all.maxRss), target: '' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the copies as `txt/NNNN-<corpus name>.txt` and `md/NNNN-<corpus name>.md`; returns how many of each. */
function writeCopies(dir: string): number {
  for (const kind of ['txt', 'md']) mkdirSync(path.join(dir, kind));
  for (let copy = 0; copy < COPIES; copy++) {
    for (const name of CORPUS_FILES) {
      const source = path.join(CORPUS_DIR, name);
      const stem = `${String(copy).padStart(4, '0')}-${path.basename(name, '.txt')}`;
      copyFileSync(source, path.join(dir, 'txt', `${stem}.txt`));
      copyFileSync(source, path.join(dir, 'md', `${stem}.md`));
    }
  }
  return COPIES * CORPUS_FILES.length;
}

/**
 * The floor (bench/floor.ts) bundled as the CLI is, into `bundle`: the same code as the CLI runs, and
 * no loader in front of it (tsx's would compile it on the way and slow it).
 */
function bundleFloor(bundle: string): void {
  buildSync({ entryPoints: [FLOOR], bundle: true, platform: 'node', mainFields: ['module', 'main'], outfile: bundle, logLevel: 'warning' });
}

function fastestRun(runs: readonly CliRun[]): CliRun {
  return runs.reduce((best, r) => (r.ms < best.ms ? r : best));
}

/** `govreport check --format json`, its peak memory reported by the preloaded maxRss.cjs. */
function runChecker(dir: string, args: string[]): CliRun {
  const rssFile = path.join(dir, 'max-rss');
  const { ms } = run('govreport', process.execPath, ['--require', MAX_RSS, CLI, 'check', '--format', 'json', ...args], dir, [0, 1], { GOVREPORT_MAX_RSS_FILE: rssFile });
  return { ms, maxRss: Number(readFileSync(rssFile, 'utf8')) };
}

/**
 * Wall time of one run of a command, its output going to a file so that reading
 * a pipe does not count. `cwd` is the temp folder: no configuration file there,
 * so both tools run with their defaults.
 */
function run(name: string, command: string, args: string[], cwd: string, okCodes: number[], env: Record<string, string> = {}): { ms: number } {
  const out = openSync(path.join(cwd, `${name}.out`), 'w');
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
  const ms = performance.now() - start;
  closeSync(out);
  if (result.error) throw result.error;
  if (!okCodes.includes(result.status ?? -1)) throw new Error(`${name} exited with ${result.status ?? result.signal}`);
  return { ms };
}
