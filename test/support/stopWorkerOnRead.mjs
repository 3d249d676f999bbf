// Loaded into the checker under test with `node --import`: in a worker thread (never the main thread),
// opening a file whose name contains "stop-worker" ends the thread with exit code 70, as a crash or
// running out of memory would end it. The fault comes from outside: the checker has no hook for tests.
import fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (!isMainThread) {
  const openSync = fs.openSync;
  fs.openSync = function (path, ...rest) {
    if (String(path).includes('stop-worker')) process.exit(70);
    return openSync.call(this, path, ...rest);
  };
}
