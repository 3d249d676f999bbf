import { fstatSync, writeSync } from 'node:fs';

/** Text written to a file gathers in a buffer this large before one call to the system writes it. */
const FILE_BUFFER_BYTES = 2 ** 20;

export interface StdoutWriter {
  write(text: string): void;
  /** Writes out what is gathered: call it once the report is complete. */
  flush(): void;
}

/**
 * How the report reaches standard output. Redirected to a file (`> results.json`), straight to
 * the file, a megabyte at a time: a province's run writes tens of megabytes in ten thousand pieces;
 * process.stdout would copy each into a buffer of its own, and writing each as it comes is a call to
 * the system each (over 10,000 reports: 10,004 writes that way, 83 this way; DEVELOPING.md, Benchmarks).
 * A terminal or a pipe goes through process.stdout, piece by piece, as its reader may be watching: it
 * waits for a slow reader.
 */
export function stdoutWriter(): StdoutWriter {
  const fd = process.stdout.fd;
  if (!isFile(fd)) return { write: (text) => process.stdout.write(text), flush: () => undefined };
  const buffer = Buffer.allocUnsafe(FILE_BUFFER_BYTES);
  let used = 0;
  const flush = () => {
    for (let at = 0; at < used; ) at += writeSync(fd, buffer, at, used - at);
    used = 0;
  };
  return {
    write(text) {
      // UTF-8 takes at most three bytes for each UTF-16 unit.
      if (used + text.length * 3 > buffer.length) flush();
      if (text.length * 3 > buffer.length) writeSync(fd, text);
      else used += buffer.write(text, used, 'utf8');
    },
    flush,
  };
}

function isFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
