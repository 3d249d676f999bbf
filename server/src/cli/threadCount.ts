import { availableParallelism } from 'node:os';

/**
 * Starting a worker thread (a fresh V8 isolate loading the checker's bundle) costs about as much
 * as checking this many small text reports on a thread already running (DEVELOPING.md, Benchmarks).
 */
export const TEXTS_PER_WORKER = 100;

/** A PDF, Word or HTML file is read by a library before it is checked: it costs as much as about this many texts. */
const READ_FILE_COST = 100;

/** What checking a file costs, in small text reports, from its name: the content is not read yet. */
function cost(path: string): number {
  return /\.(pdf|docx|html?)$/i.test(path) ? READ_FILE_COST : 1;
}

/**
 * How many threads check the files at `paths`: the main thread, and a worker for each thread more.
 * By default a thread for each TEXTS_PER_WORKER texts' worth of work, up to the cores, so a few
 * files are checked on the main thread alone and a province's folder on every core; `jobs`
 * (`--jobs N`) is the number the user asks for. A file is never split between threads, so there
 * are no more threads than files.
 */
export function threadCount(paths: readonly string[], jobs: number | undefined): number {
  const work = paths.reduce((sum, path) => sum + cost(path), 0);
  const wanted = jobs ?? Math.min(availableParallelism(), Math.floor(work / TEXTS_PER_WORKER));
  return Math.max(1, Math.min(wanted, paths.length));
}
