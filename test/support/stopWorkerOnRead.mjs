// Loaded into the checker under test with `node --import`: in a worker thread (never the main thread),
// reading a file whose name contains "stop-worker" ends the thread with exit code 70, as a crash or
// running out of memory would end it. The fault comes from outside: the checker has no hook for tests.
import fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (!isMainThread) {
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function (path, ...rest) {
    if (String(path).includes('stop-worker')) process.exit(70);
    return readFileSync.call(this, path, ...rest);
  };
}
