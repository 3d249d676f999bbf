import { fstatSync, writeSync } from 'node:fs';

/**
 * How the report reaches standard output. Redirected to a file (`> results.json`), straight to
 * the file: a province's run writes tens of megabytes, and process.stdout would copy each piece
 * into a buffer of its own on the way. A terminal or a pipe goes through process.stdout, which
 * waits for a slow reader.
 */
export function stdoutWriter(): (text: string) => void {
  if (!isFile(process.stdout.fd)) return (text) => process.stdout.write(text);
  return (text) => {
    writeSync(process.stdout.fd, text);
  };
}

function isFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
