import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';

export const IGNORE_FILE_NAME = '.govreportignore';

/**
 * The `.govreportignore` of a folder (gitignore syntax), as a test of a found
 * file's path. Only that one file counts, as with `.eslintignore` and
 * `.markdownlintignore`: one place to look, patterns relative to where the
 * checker runs — the CLI's current folder, the editor's workspace folder.
 * Paths outside the folder are never ignored.
 */
export function loadIgnoreFile(cwd: string): (path: string) => boolean {
  let text: string;
  try {
    text = readFileSync(join(cwd, IGNORE_FILE_NAME), 'utf8');
  } catch {
    return () => false;
  }
  const patterns = ignore().add(text);
  return (path) => {
    const inside = relative(cwd, resolve(cwd, path));
    if (inside === '' || inside === '..' || inside.startsWith('..' + sep) || isAbsolute(inside)) return false;
    return patterns.ignores(inside.split(sep).join('/'));
  };
}
