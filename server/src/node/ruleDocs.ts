import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Each rule's page, as diagnostics (`codeDescription`) and SARIF (`helpUri`) link to it: the copy
 * shipped in the package beside the bundles, so that it opens where GitHub cannot be reached
 * (agency intranets; the project has no web site). VS Code opens a `file:` link in an editor; a
 * `command:` link would not do, since the editor's hover opens a diagnostic's link without allowing
 * commands. Undefined when the package holds no page for the id.
 */
export function ruleDocUrl(id: string): string | undefined {
  // Looked up once per rule: every diagnostic of every keystroke carries its rule's link.
  if (!urls.has(id)) {
    const dir = ruleDocsDir();
    const file = dir && join(dir, `${id}.md`);
    urls.set(id, file && existsSync(file) ? pathToFileURL(file).href : undefined);
  }
  return urls.get(id);
}

const urls = new Map<string, string | undefined>();

let found: string | undefined;

/** `docs/rules` of the package: beside `dist/` when bundled, a few folders up when run from source. */
function ruleDocsDir(): string | undefined {
  if (found) return found;
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'docs', 'rules'))) return (found = join(dir, 'docs', 'rules'));
  }
  return undefined;
}
