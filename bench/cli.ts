import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CORPUS_DIR, CORPUS_FILES } from '../test/corpus';
import { formatCount, type BenchResult } from './measure';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules/.bin/markdownlint-cli2');
const COPIES = 2000;
/** How many times faster than markdownlint-cli2 the checker should be, file for file. */
const TARGET_RATIO = 10;

/**
 * A reviewer's run over a whole province's drafts: 2,000 copies of the corpus
 * (10,000 files) checked by `govreport check` in one process, against
 * markdownlint-cli2 (its default rules) over the same files as `.md`.
 */
export function benchCli(): BenchResult[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-bench-cli-'));
  try {
    const files = writeCopies(dir);
    const ours = run('govreport', process.execPath, [CLI, 'check', '--format', 'json', path.join(dir, 'txt')], dir, [0, 1]);
    // markdownlint-cli2 exits 1 when it finds lint, which on these drafts it does.
    const theirs = run('markdownlint-cli2', MARKDOWNLINT, [`${path.join(dir, 'md')}/**/*.md`], dir, [0, 1]);
    const ourRate = files / (ours / 1000);
    const theirRate = files / (theirs / 1000);
    const ratio = ourRate / theirRate;
    return [
      { name: `CLI: ${formatCount(files)} files, \`govreport check --format json\``, value: `${formatCount(ourRate)} files/s`, target: '' },
      { name: `CLI: the same files as .md, \`markdownlint-cli2\` (default rules)`, value: `${formatCount(theirRate)} files/s`, target: '' },
      { name: 'CLI: govreport ÷ markdownlint-cli2', value: `${ratio.toFixed(1)}×`, target: `≥ ${TARGET_RATIO}×`, met: ratio >= TARGET_RATIO },
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
 * Wall time of one run of a command, its output going to a file so that reading
 * a pipe does not count. `cwd` is the temp folder: no configuration file there,
 * so both tools run with their defaults.
 */
function run(name: string, command: string, args: string[], cwd: string, okCodes: number[]): number {
  const out = openSync(path.join(cwd, `${name}.out`), 'w');
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', out, out] });
  const ms = performance.now() - start;
  closeSync(out);
  if (result.error) throw result.error;
  if (!okCodes.includes(result.status ?? -1)) throw new Error(`${name} exited with ${result.status ?? result.signal}`);
  return ms;
}
