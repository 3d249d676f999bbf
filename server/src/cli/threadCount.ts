import { availableParallelism } from 'node:os';

/**
 * Starting a worker thread (a fresh V8 isolate loading the checker's bundle) costs about as
 * much as checking this many small reports on a thread already running: by default a run
 * starts a worker for each this many files, so a few files are checked at once on the main
 * thread and a province's folder on every core. Measured on the project's 2-core machine (DEVELOPING.md).
 */
export const FILES_PER_WORKER = 100;

/**
 * How many threads check a run's `files`: 1 is the main thread alone, more are that many
 * workers. `jobs` is `--jobs N`, the most the user allows; a file is never split between
 * threads, so there are no more threads than files.
 */
export function threadCount(files: number, jobs: number | undefined): number {
  const wanted = jobs ?? Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER));
  return Math.max(1, Math.min(wanted, files));
}
