import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The folder of govreport's own package.json: the parent of `dist/` when bundled,
 * the repository root when run from source. The project has no web site, so
 * what it documents is found in its own files.
 */
function packageRoot(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A `file:` URI of a rule's doc page (docs/rules/<id>.md) if the package holds it. */
export function ruleDocFileUri(id: string): string | undefined {
  const root = packageRoot();
  const file = root && path.join(root, 'docs', 'rules', `${id}.md`);
  return file && existsSync(file) ? pathToFileURL(file).href : undefined;
}
