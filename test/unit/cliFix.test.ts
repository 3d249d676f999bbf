import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { encode } from 'iconv-lite';
import { checkText } from '../../server/src/core/index';
import { corpusPath, corpusText } from '../corpus';
import { runCli } from '../support/runCli';

/**
 * `govreport check --fix` on a copy of corpus 002 (blank cells in 表三,
 * full-width spaces in 表二): what it writes, how, and when it must not write.
 */
const NOBODY = 65534;
const SAFE_FIX_RULES = ['blank-cell', 'malformed-number'];

const folders: string[] = [];
after(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'govreport-fix-'));
  chmodSync(folder, 0o755); // another user may need to reach it
  folders.push(folder);
  return folder;
}

/** A copy of corpus 002, as LF or as CRLF with a BOM. */
function draft002(folder: string, variant: 'lf' | 'crlf-bom'): { file: string; text: string } {
  const file = path.join(folder, '002.txt');
  const lf = corpusText('002');
  const text = variant === 'lf' ? lf : lf.replace(/\n/g, '\r\n');
  writeFileSync(file, (variant === 'lf' ? '' : '\uFEFF') + text);
  return { file, text };
}

/** Lines whose cells the safe fixes rewrite, by the core's own findings. */
function linesToFix(text: string): Set<number> {
  const fixable = checkText(text).findings.filter((f) => SAFE_FIX_RULES.includes(f.rule) && f.fixes.some((x) => x.safe));
  return new Set(fixable.flatMap((f) => f.fixes.flatMap((x) => x.edits.map((e) => e.range.start.line))));
}

const leftovers = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

describe('govreport check --fix', () => {
  for (const [encoding, bytesOf] of [
    ['gb18030', (text: string) => encode(text, 'gb18030')],
    ['utf-16le', (text: string) => Buffer.from('\uFEFF' + text, 'utf16le')],
    ['utf-16be', (text: string) => Buffer.from('\uFEFF' + text, 'utf16le').swap16()],
  ] as const) {
    it(`a ${encoding} file is fixed and written back in ${encoding}, as the UTF-8 one would be`, () => {
      const folder = tempFolder();
      const inUtf8 = path.join(folder, 'utf8.txt');
      const inOther = path.join(folder, `${encoding}.txt`);
      writeFileSync(inUtf8, corpusText('002'));
      writeFileSync(inOther, bytesOf(corpusText('002')));
      runCli(['check', '--fix', inUtf8]);
      const r = runCli(['check', '--fix', inOther]);
      assert.match(r.stdout, /已修复 154 处问题/);
      assert.deepEqual(readFileSync(inOther), bytesOf(readFileSync(inUtf8, 'utf8')));
    });
  }

  for (const variant of ['lf', 'crlf-bom'] as const) {
    it(`${variant}: fills the blank cells, normalises the numbers and changes nothing else, atomically`, () => {
      const folder = tempFolder();
      const { file, text } = draft002(folder, variant);
      const before = statSync(file);
      const r = runCli(['check', '--fix', '--format', 'json', file]);
      assert.equal(r.status, 1, r.stderr); // section 六 is still empty: no safe fix for that
      const written = readFileSync(file, 'utf8');

      // Atomic: a new file renamed over the old one, its mode kept, no temporary file left.
      assert.notEqual(statSync(file).ino, before.ino);
      assert.equal(statSync(file).mode, before.mode);
      assert.deepEqual(leftovers(folder), []);

      // BOM and line endings as they were.
      assert.equal(written.startsWith('\uFEFF'), variant === 'crlf-bom');
      const fixed = written.replace(/^\uFEFF/, '');
      const eol = variant === 'lf' ? '\n' : '\r\n';
      assert.equal(fixed.split(eol).length, text.split(eol).length);
      if (variant === 'crlf-bom') assert.doesNotMatch(fixed, /[^\r]\n|\r(?!\n)/);

      // Only the lines of fixable cells changed, each to a plain number.
      const oldLines = text.split(eol);
      const newLines = fixed.split(eol);
      const changed = oldLines.map((_, i) => i).filter((i) => oldLines[i] !== newLines[i]);
      assert.deepEqual(changed, [...linesToFix(text)].sort((a, b) => a - b));
      for (const i of changed) assert.match(newLines[i], /^\t\d+(\.\d+)?$/, `line ${i + 1}: ${JSON.stringify(oldLines[i])} → ${JSON.stringify(newLines[i])}`);

      // Still the same report, with nothing left for --fix.
      const original = checkText(text).report;
      const after = checkText(fixed);
      assert.deepEqual(after.report.sections.map((s) => [s.id, s.rows.length]), original.sections.map((s) => [s.id, s.rows.length]));
      assert.deepEqual(after.findings.filter((f) => SAFE_FIX_RULES.includes(f.rule)), []);
      const [entry] = JSON.parse(r.stdout);
      assert.deepEqual(entry.diagnostics.map((d: { rule: string }) => d.rule), after.findings.map((f) => f.rule));

      // Running it again changes nothing, and does not even write the file.
      const writtenIno = statSync(file).ino;
      const again = runCli(['check', '--fix', file]);
      assert.equal(again.status, 1);
      assert.doesNotMatch(again.stdout, /已修复/);
      assert.equal(readFileSync(file, 'utf8'), written);
      assert.equal(statSync(file).ino, writtenIno);
    });
  }

  it('a read-only file is left untouched: exit 2 and a message', () => {
    const folder = tempFolder();
    const file = path.join(folder, '002.txt');
    copyFileSync(corpusPath('002'), file);
    chmodSync(file, 0o444);
    const r = runCli(['check', '--fix', file]);
    assert.equal(r.status, 2);
    assert.match(r.stdout, /002\.txt: 错误: 未修复：.*read-only/);
    assert.equal(readFileSync(file, 'utf8'), corpusText('002'));
    assert.equal(statSync(file).mode & 0o777, 0o444);
    assert.deepEqual(leftovers(folder), []);
  });

  it('a file in a folder that cannot be written is left untouched: exit 2 and a message', () => {
    const folder = path.join(tempFolder(), 'locked');
    mkdirSync(folder);
    const file = path.join(folder, '002.txt');
    copyFileSync(corpusPath('002'), file);
    chmodSync(file, 0o666);
    chmodSync(folder, 0o555);
    // Root writes into any folder; the folder's permission only binds another user.
    const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
    const r = runCli(['check', '--fix', file], asUser);
    assert.equal(r.status, 2, r.stdout);
    assert.match(r.stdout, /002\.txt: 错误: 未修复：EACCES/);
    assert.equal(readFileSync(file, 'utf8'), corpusText('002'));
    assert.deepEqual(leftovers(folder), []);
  });
});
