import { availableParallelism } from 'node:os';

/**
 * A thread checking reports keeps about this many cores busy: V8 collects its garbage and compiles its
 * code on threads of its own (measured on the project's 2-core machine, DEVELOPING.md, Benchmarks).
 */
export const CORES_PER_THREAD = 1.3;

/**
 * A worker starts cold: loading the bundle, and running its first few hundred reports before V8 has
 * optimised the code, costs it about as much as checking this many small text reports once warm.
 */
export const TEXTS_PER_WORKER = 1000;

/** A PDF, Word or HTML file is read by a library before it is checked: a PDF costs about what this many texts do. */
const READ_FILE_COST = 250;

/** What checking a file costs, in small text reports, from its name: the content is not read yet. */
export function fileCost(path: string): number {
  return /\.(pdf|docx|html?)$/i.test(path) ? READ_FILE_COST : 1;
}

/**
 * How many threads check the files at `paths`: the main thread, and a worker for each thread more.
 * By default as many as the cores keep busy, and no more than one for each TEXTS_PER_WORKER texts'
 * worth of work, so a few hundred files are checked on the main thread alone (on 2 cores, every run
 * is); `jobs` (`--jobs N`) is the number the user asks for. A file is never split between threads,
 * so there are no more threads than files.
 */
export function threadCount(paths: readonly string[], jobs: number | undefined): number {
  const work = paths.reduce((sum, path) => sum + fileCost(path), 0);
  const wanted = jobs ?? Math.min(Math.floor(availableParallelism() / CORES_PER_THREAD), Math.floor(work / TEXTS_PER_WORKER));
  return Math.max(1, Math.min(wanted, paths.length));
}
