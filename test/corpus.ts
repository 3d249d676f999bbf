import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The five real drafts the repository carries (`samples/drafts`). */
export const CORPUS_DIR = process.env.GOVREPORT_CORPUS ?? path.resolve(__dirname, '../samples/drafts');

/** Corpus file names in order: `000_….txt`, `001_….txt`, … */
export const CORPUS_FILES: readonly string[] = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** The path of a corpus file by its number prefix, e.g. `corpusPath('002')`. */
export function corpusPath(prefix: string): string {
  const name = CORPUS_FILES.find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no corpus file ${prefix}_* in ${CORPUS_DIR}`);
  return path.join(CORPUS_DIR, name);
}

export function corpusText(prefix: string): string {
  return readFileSync(corpusPath(prefix), 'utf8');
}

