// Preloaded (`node --import`) into the checker a benchmark runs: when the process exits, writes its peak
// resident memory in bytes to the file $GOVREPORT_MAX_RSS_FILE names. getrusage counts the whole
// process: the worker threads share it, so their memory is in the figure.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.GOVREPORT_MAX_RSS_FILE;
if (isMainThread && file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
