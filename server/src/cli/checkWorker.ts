import type { MessagePort } from 'node:worker_threads';
import { useLanguage } from '../core/index';
import { PreviousReports } from '../node/previousReport';
import { checkFound } from './checkFound';
import type { OutcomeMessage, ToWorker, WorkerSetup } from './checkOnThreads';

/**
 * A worker thread of a run (see checkOnThreads): checks the files it is sent, one after the
 * other, in the order sent, and answers each with its outcome as JSON.
 */
export function serveChecks(port: MessagePort, setup: WorkerSetup): void {
  useLanguage(setup.language);
  // Replaced by one that knows the run's folders: the main thread sends them before any file.
  let previousReports = new PreviousReports(true);
  let last = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    if ('folders' in message) {
      previousReports = new PreviousReports(true, message.folders);
      return;
    }
    const { index, task } = message;
    // Reading a PDF awaits: without the chain the next file would start meanwhile.
    last = last.then(async () => {
      const outcome = await checkFound(task.found, setup.configs[task.config], setup.settings, previousReports);
      port.postMessage({ index, outcome: JSON.stringify(outcome) } satisfies OutcomeMessage);
    });
  });
}
