import { dirname, resolve } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { t, type Config, type Language } from '../core/index';
import type { FolderIndex } from '../node/previousReport';
import { outcomeOf, type CheckSettings, type Outcome } from './checkFound';
import type { FoundFile } from './findFiles';
import { fileCost } from './threadCount';

/** A found file to check, with the index of its configuration in `WorkerSetup.configs`. */
export interface CheckTask {
  found: FoundFile;
  config: number;
}

/** What a worker starts with (its `workerData`): what every file of the run shares. */
export interface WorkerSetup {
  configs: Config[];
  settings: CheckSettings;
  language: Language;
}

/**
 * Main thread → worker: first the run's folders as the main thread read them, for last year's reports
 * (read while the workers start), then the files to check, each by its number `index` in the run.
 */
export type ToWorker = { folders: FolderIndex } | { index: number; task: CheckTask };

/**
 * Worker → main thread: what became of file number `index` (its piece of the output, not its result:
 * see OutputFormat), as JSON (plain data: JSON.stringify and JSON.parse cost a third of the structured
 * clone postMessage would make of it). Each worker answers in the order it was asked.
 */
export interface OutcomeMessage {
  index: number;
  outcome: string;
}

/**
 * Files sent to a worker before it answers the first: it has the next at hand while its answer
 * waits for the main thread to finish the file it is checking itself.
 */
const AHEAD = 4;
/**
 * Consecutive files given to a thread at once, in small text reports' worth (fileCost): a worker is
 * sent fifty texts in one go, where one at a time it was woken for each (10,000 texts on 2 cores,
 * `--format summary`: 3.74 s against 3.95 s). A PDF, Word or HTML file goes alone, as one of them
 * costs more than a batch and the last of a run should not wait behind others on one thread.
 */
const BATCH_COST = 50;
/**
 * Files checked past the first whose outcome is still awaited: a slow file (a long PDF) holds up
 * the output, and the outcomes after it are held meanwhile; this bounds how many.
 */
const WINDOW = 1000;

interface RunningWorker {
  worker: Worker;
  /** The indices sent and not yet answered, in the order sent (and answered). */
  sent: number[];
  answered: number;
  /** Why it stopped, from its `error` event. */
  failure?: string;
}

/**
 * Checks `tasks` on `threads` threads — this one, with `checkHere`, and `threads - 1` workers
 * started from `entry` (the CLI's own bundle, which serves checks when it is not the main thread) —
 * and yields each file's outcome in the order of `tasks`, as one thread checking them one after the
 * other would. A file is checked on one thread; each thread takes the next file when it is done.
 *
 * A run with `--fix` writes files that others read (last year's report, in the same folder): then a
 * folder's files go to one thread together, checked in order, as on one thread.
 *
 * A worker that stops (it crashed, or ran out of memory) fails the file it was checking, with the
 * reason; the files it had not begun go to the others, and another is started in its place if it had
 * checked any (one that stops at once would only stop again). The main thread is always there to
 * check what is left: nothing waits for a worker that is gone.
 */
export async function* checkOnThreads(
  tasks: readonly CheckTask[],
  threads: number,
  setup: WorkerSetup,
  readFolders: () => FolderIndex,
  entry: string,
  checkHere: (task: CheckTask) => Promise<Outcome>,
): AsyncGenerator<Outcome> {
  const queue = batches(tasks, setup.settings.fix);
  let head = 0;
  /** Files a stopped worker had been sent but had not begun: given out again first. */
  const unbegun: number[][] = [];
  const arrived = new Map<number, Outcome>();
  const workers = new Set<RunningWorker>();
  let next = 0;
  let finished = false;
  let checkingHere = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  /** The folders' index, read on this thread while the workers start; each is sent it before any file. */
  let folders: FolderIndex | undefined;
  const take = () => unbegun.shift() ?? (head < queue.length && queue[head][0] < next + WINDOW ? queue[head++] : undefined);
  const feed = (w: RunningWorker) => {
    if (!folders) return;
    for (let batch; w.sent.length < AHEAD && (batch = take()); ) {
      for (const index of batch) {
        w.worker.postMessage({ index, task: tasks[index] } satisfies ToWorker);
        w.sent.push(index);
      }
    }
  };
  const feedHere = async () => {
    if (checkingHere) return;
    checkingHere = true;
    for (let batch; !finished && (batch = take()); ) {
      for (const index of batch) {
        // The workers' answers are taken in between, so that they get their next files. Alone, this
        // thread does not wait a turn of the event loop (a call to the system) for nothing at each file.
        if (workers.size) await turn();
        arrived.set(index, await checkHere(tasks[index]));
        notify();
      }
    }
    checkingHere = false;
  };
  const feedAll = () => {
    for (const w of workers) feed(w);
    void feedHere();
  };
  const start = () => {
    const w: RunningWorker = { worker: new Worker(entry, { workerData: setup }), sent: [], answered: 0 };
    workers.add(w);
    w.worker.on('message', ({ index, outcome }: OutcomeMessage) => {
      w.sent.shift();
      w.answered++;
      arrived.set(index, JSON.parse(outcome) as Outcome);
      feed(w);
      notify();
    });
    w.worker.on('error', (e) => (w.failure = e.message));
    w.worker.on('exit', (code) => {
      if (finished) return;
      workers.delete(w);
      const [current, ...rest] = w.sent;
      if (current !== undefined) {
        const reason = w.failure ?? t('the worker thread exited with code {0}', code);
        arrived.set(current, outcomeOf({ file: tasks[current].found.path, findings: [], error: t('the check stopped: {0}', reason) }, setup.settings));
      }
      if (rest.length) unbegun.push(rest);
      if (w.answered > 0) start();
      feedAll();
      notify();
    });
    if (folders) w.worker.postMessage({ folders } satisfies ToWorker);
    feed(w);
  };

  try {
    for (let i = 1; i < threads; i++) start();
    folders = threads > 1 ? readFolders() : [];
    for (const w of workers) {
      w.worker.postMessage({ folders } satisfies ToWorker);
      feed(w);
    }
    void feedHere();
    while (next < tasks.length) {
      const outcome = arrived.get(next);
      if (!outcome) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      arrived.delete(next++);
      feedAll();
      yield outcome;
    }
  } finally {
    finished = true;
    await Promise.all([...workers].map((w) => w.worker.terminate()));
  }
}

/**
 * The units the threads are given, in order: runs of consecutive files of up to BATCH_COST, or with
 * `fix`, each folder's files together (in their order), so that a file is checked after the fixes of
 * those before it in its folder are written.
 */
function batches(tasks: readonly CheckTask[], fix: boolean): number[][] {
  if (fix) return folderBatches(tasks);
  const runs: number[][] = [];
  let run: number[] = [];
  let cost = 0;
  tasks.forEach(({ found }, index) => {
    const more = fileCost(found.path);
    if (run.length && cost + more > BATCH_COST) {
      runs.push(run);
      run = [];
      cost = 0;
    }
    run.push(index);
    cost += more;
  });
  if (run.length) runs.push(run);
  return runs;
}

function folderBatches(tasks: readonly CheckTask[]): number[][] {
  const byFolder = new Map<string, number[]>();
  tasks.forEach(({ found }, index) => {
    const folder = resolve(dirname(found.path));
    const batch = byFolder.get(folder);
    if (batch) batch.push(index);
    else byFolder.set(folder, [index]);
  });
  return [...byFolder.values()];
}
