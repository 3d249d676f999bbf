import { t } from '../core/index';

/** Where progress goes: standard error, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** One more file checked. */
  step(): void;
  /** Takes the line away, before output is written to the same terminal, and at the end. */
  clear(): void;
}

/** Redraws at most this often: a fast run over small files would spend its time drawing. */
const REDRAW_MS = 100;

/**
 * `已检查 120/3000 个文件，每秒 41 个` on one line of the terminal, redrawn in place
 * as a long run goes on. Nothing at all when the stream is not a terminal (piped,
 * redirected, in CI), where the line would only be noise in a log.
 */
export function progress(stream: ProgressStream, total: number, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return { step() {}, clear() {} };
  const started = now();
  let done = 0;
  let drawn = 0;
  let shown = false;
  return {
    step() {
      done++;
      const time = now();
      if (time - drawn < REDRAW_MS && done < total) return;
      drawn = time;
      const rate = done / Math.max((time - started) / 1000, 0.001);
      stream.write(`\r\x1b[K${t('{0} of {1} files checked, {2} a second', done, total, Math.round(rate))}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
