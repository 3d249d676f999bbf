// Where things are, seen from a test running in the extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The clone: the nearest folder above this bundle whose package.json is govreport's. */
export const repoRoot = findRepoRoot(__dirname);

/** The five real drafts the repository carries. */
export const corpusDir = path.join(repoRoot, 'samples', 'drafts');

/** The temporary folder the runner opened as the workspace; tests may write into it. */
export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test runner opened no workspace folder');
  return folder.uri.fsPath;
}

function findRepoRoot(start: string): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'govreport') return dir;
  }
  throw new Error(`no govreport package.json above ${start}`);
}
