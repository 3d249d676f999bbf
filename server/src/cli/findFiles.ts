import { realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export interface FoundFile {
  /** As named on the command line, or found under a named folder or by a glob. */
  path: string;
  /** Named on the command line itself: checked whatever it looks like and whatever the ignore file says. */
  explicit: boolean;
}

export interface FileSearch {
  /** Each file once (a file reached twice, by two arguments or a symbolic link, counts once), in a stable order. */
  files: FoundFile[];
  /** Arguments that name nothing: a path that does not exist, a glob that matches no file. */
  missing: string[];
}

/** What a folder is searched for; the extension in any case (`.TXT` from Windows). */
const REPORT_GLOB = '**/*.{txt,md,pdf,docx,html,htm}';
const SKIPPED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

/**
 * The files to check, found as ESLint and markdownlint-cli2 find them: a file
 * as named, a folder searched for reports — `.txt`, `.md`, `.pdf`, `.docx`, `.html`, `.htm` — (hidden files and folders,
 * `node_modules` and `.git` left out), a glob expanded by the checker itself
 * (Windows `cmd` leaves `"reports/**\/*.txt"` to the program). A path that
 * exists is a path even if it looks like a glob (`报告[定稿].txt`). Symbolic
 * links are followed. Found files that `isIgnored` are left out.
 */
export function findFiles(args: readonly string[], isIgnored: (path: string) => boolean): FileSearch {
  const byRealPath = new Map<string, FoundFile>();
  const missing: string[] = [];
  const add = (path: string, explicit: boolean) => {
    const key = realPath(path);
    const seen = byRealPath.get(key);
    if (seen) seen.explicit ||= explicit;
    else if (explicit || !isIgnored(path)) byRealPath.set(key, { path, explicit });
  };
  for (const arg of args) {
    const stat = statOrUndefined(arg);
    if (stat && !stat.isDirectory()) add(arg, true);
    else if (stat) for (const file of expand(REPORT_GLOB, { cwd: arg, absolute: false, caseSensitiveMatch: false })) add(join(arg, file), false);
    else if (isDynamicPattern(arg)) {
      const files = expand(process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg, { cwd: process.cwd(), absolute: true, caseSensitiveMatch: true });
      if (files.length === 0) missing.push(arg);
      // An absolute glob gives absolute paths, a relative one paths relative to the current folder.
      for (const file of files) add(isAbsolute(arg) ? file : relative(process.cwd(), file), false);
    } else missing.push(arg);
  }
  return { files: [...byRealPath.values()], missing };
}

function expand(pattern: string, options: { cwd: string; absolute: boolean; caseSensitiveMatch: boolean }): string[] {
  return globSync(pattern, { ...options, ignore: SKIPPED_FOLDERS, onlyFiles: true, expandDirectories: false }).sort((a, b) => a.localeCompare(b));
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Where a file really is, links followed; the system's own call (one, not one a folder of the path). */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
