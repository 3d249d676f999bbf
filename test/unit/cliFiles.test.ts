import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { corpusPath } from '../corpus';
import { BALANCED, FIXTURES } from '../support/findings';
import { runCli } from '../support/runCli';

/** A folder laid out as `files` says: each path gets a copy of a balanced report, or the text given. */
function folder(files: Record<string, string | number>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-files-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === 'number') copyFileSync(path.join(FIXTURES, 'balanced', BALANCED[content]), file);
    else writeFileSync(file, content);
  }
  return dir;
}

/** The files a `--format json` run checked. */
function checkedFiles(args: string[], cwd: string): string[] {
  const r = runCli(['check', '--format', 'json', ...args], { cwd });
  return JSON.parse(r.stdout).map((f: { file: string }) => f.file);
}

describe('which files govreport check checks', () => {
  it('expands a quoted glob itself, as Windows cmd leaves it', () => {
    const dir = folder({ 'reports/a/x.txt': 0, 'reports/b/y.txt': 1, 'reports/z.md': 2, 'other/w.txt': 4 });
    assert.deepEqual(checkedFiles(['reports/**/*.txt'], dir), ['reports/a/x.txt', 'reports/b/y.txt']);
    const none = runCli(['check', 'reports/**/*.doc'], { cwd: dir });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /reports\/\*\*\/\*\.doc: 错误: 没有这个文件、文件夹或匹配的文件/);
  });

  it('leaves out what .govreportignore names, unless the file is named itself', () => {
    const dir = folder({ '.govreportignore': '# old drafts\nold/\n*.bak.txt\n', 'new.txt': 0, 'new.bak.txt': 1, 'old/x.txt': 4 });
    assert.deepEqual(checkedFiles(['.'], dir), ['new.txt']);
    assert.deepEqual(checkedFiles(['old/x.txt'], dir), ['old/x.txt']);
  });

  it('- reads standard input, named by --stdin-filename, with the .govreport.json of that folder', () => {
    const dir = folder({ 'sub/.govreport.json': '{ "rules": { "blank-cell": "off" } }' });
    const input = readFileSync(corpusPath('002'), 'utf8');
    const r = runCli(['check', '--stdin-filename', 'sub/draft.txt', '-'], { cwd: dir, input });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^sub\/draft\.txt:\d+:\d+ error malformed-number/m);
    assert.doesNotMatch(r.stdout, /blank-cell/);
    assert.match(runCli(['check', '-'], { cwd: dir, input }).stdout, /^<stdin>:\d+:\d+ error blank-cell/m);
    assert.equal(runCli(['check', '--fix', '-'], { cwd: dir, input }).status, 2, '--fix cannot write standard input');
  });

  it('follows symbolic links and checks a file reached twice once', () => {
    const dir = folder({ 'reports/a.txt': 0 });
    symlinkSync(path.join(dir, 'reports/a.txt'), path.join(dir, 'reports/link.txt'));
    symlinkSync(path.join(dir, 'reports'), path.join(dir, 'linked'));
    assert.deepEqual(checkedFiles(['reports', 'reports/a.txt', 'linked'], dir), ['reports/a.txt']);
    assert.deepEqual(checkedFiles(['linked'], dir), ['linked/a.txt']);
  });

  it('in a folder, checks only files that look like reports and names the others in the closing line', () => {
    const dir = folder({ 'a.txt': 0, 'b.md': 2, 'README.md': '# Reports of 2024\n\nThe drafts of this year.\n', 'notes.txt': '给张科长：表三第 8 行待核。\n' });
    const r = runCli(['check', '.'], { cwd: dir });
    assert.equal(r.status, 0, r.stdout);
    assert.equal(r.stdout, '已检查 2 个文件：0 个错误，0 个警告；跳过 2 个不像年度报告的文件：notes.txt, README.md\n');
    const named = runCli(['check', 'notes.txt'], { cwd: dir });
    assert.equal(named.status, 1, 'a file named itself is always checked');
    assert.match(named.stdout, /missing-section/);
  });

  it('nothing to check is an error, with a message that says so', () => {
    const dir = folder({ 'README.md': 'nothing here\n' });
    const r = runCli(['check', '.'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /没有要检查的文件/);
  });
});
