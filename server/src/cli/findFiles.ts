import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.pdf', '.docx', '.html', '.htm']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/**
 * The files to check: files named on the command line as they are, directories
 * searched for `.txt`, `.md`, `.pdf`, `.docx`, `.html` and `.htm`, in a stable order. Paths that do not exist are
 * returned too, so the checker can say so for each.
 */
export function findFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) walk(path);
      else if (entry.isFile() && REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
    }
  };
  for (const p of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(p).isDirectory();
    } catch {
      // Reported when the file is read.
    }
    if (isDirectory) walk(p);
    else out.push(p);
  }
  return out;
}
