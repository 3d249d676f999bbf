/** Output is held at most this long once a file's results arrive: a slow run (PDFs) still shows them as it goes. */
const HOLD_MS = 100;
/** Or until this many characters are held. */
const HOLD_CHARS = 64 * 1024;

export interface OutputBuffer {
  write(text: string): void;
  /** Writes out what is held: at the end, and before anything else is written to the terminal. */
  flush(): void;
}

/**
 * Gathers the outputs' small writes, one or two a file, into larger ones: on a
 * province's thousands of small reports a system call per file cost a twentieth of the run.
 */
export function outputBuffer(write: (text: string) => void, now: () => number = Date.now): OutputBuffer {
  let held: string[] = [];
  let chars = 0;
  let since = now();
  const flush = () => {
    if (held.length) write(held.join(''));
    held = [];
    chars = 0;
    since = now();
  };
  return {
    write(text) {
      held.push(text);
      chars += text.length;
      if (chars >= HOLD_CHARS || now() - since >= HOLD_MS) flush();
    },
    flush,
  };
}
