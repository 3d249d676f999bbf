import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/core/index';
import { CORPUS_DIR, CORPUS_FILES, corpusPath } from '../corpus';
import { BALANCED, FIXTURES } from '../support/findings';
import { BUILT_CLI, runCli } from '../support/runCli';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'govreport-cli-'));
}

describe('the command-line checker (dist/cli.js)', () => {
  it('prints file:line:col severity rule message, exit 1 when there are errors', () => {
    const r = runCli(['check', corpusPath('001')]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /001_\w+\.txt:13:40 error malformed-number “31 \.3”不是规范的数字：数字中间有空格/);
  });

  it('--format json prints the documented shape for every corpus file', () => {
    const r = runCli(['check', '--format', 'json', CORPUS_DIR]);
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.length, 5);
    assert.deepEqual(Object.keys(out[0]).sort(), ['diagnostics', 'file', 'format', 'year']);
    assert.deepEqual(out.map((f: { year: number; format: string }) => [f.year, f.format]), [
      [2020, '2019'],
      [2019, '2019'],
      [2020, '2019'],
      [2020, 'mixed'],
      [2019, null],
    ]);
    const d = out[0].diagnostics[1];
    assert.deepEqual(Object.keys(d).sort(), ['fixes', 'message', 'range', 'rule', 'severity']);
    assert.deepEqual(d.range, { start: { line: 228, character: 0 }, end: { line: 228, character: 1 } });
    assert.deepEqual(d.fixes, ['填入合计数 0']);
  });

  it('--format json is an array with each file on a line of its own, as JSON.stringify writes each, with places in PDFs and errors too', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const r = runCli(['check', '--format', 'json', CORPUS_DIR, path.resolve(__dirname, '../../samples/published'), dir]);
    const entries = JSON.parse(r.stdout);
    assert.ok(entries.some((e: { diagnostics: { source?: unknown }[] }) => e.diagnostics.some((d) => d.source)));
    assert.ok(entries.some((e: { error?: string }) => e.error));
    assert.equal(r.stdout, `[\n${entries.map((e: unknown) => JSON.stringify(e)).join(',\n')}\n]\n`);
  });

  it('writes the same bytes to a file (straight to it) as through a pipe (through process.stdout)', () => {
    const args = ['check', '--format', 'json', CORPUS_DIR, path.resolve(__dirname, '../../samples/published')];
    const piped = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
    const toFile = runCli(args);
    assert.ok(toFile.stdout.length > 20_000, `${toFile.stdout.length} characters`);
    assert.equal(piped.stdout, toFile.stdout);
  });

  it('exit 0 on a balanced report, English with --lang en', () => {
    const r = runCli(['check', '--lang', 'en', path.join(FIXTURES, 'balanced')]);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, new RegExp(`${BALANCED.length} files checked: 0 errors, 0 warnings`));
  });

  it('--format summary gives a reviewer one line a file: year, format, counts, rules by frequency', () => {
    const r = runCli(['check', '--format', 'summary', CORPUS_DIR]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, CORPUS_FILES.length + 1);
    assert.match(lines[2], /^.*002_[^：]*\.txt：2020 年度报告，2019 版格式；155 个错误，0 个警告 — blank-cell ×136, malformed-number ×18, empty-section ×1$/);
    assert.match(lines[3], /2019\/2021 版格式混用/);
    assert.equal(lines[CORPUS_FILES.length], '已检查 5 个文件：165 个错误，1 个警告');
  });

  it('--format sarif is SARIF 2.1.0 with rules and 1-based regions', () => {
    const r = runCli(['check', '--format', 'sarif', corpusPath('001')]);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const [result] = sarif.runs[0].results;
    assert.equal(result.ruleId, 'malformed-number');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 13, startColumn: 40, endLine: 13, endColumn: 45 });
    assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'row-total'));
  });

  it('rules lists every rule with its default severity, its fix and its title; --help names the rules --fix applies', () => {
    const lines = runCli(['rules']).stdout.trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => l.split(/\s+/)[0]), RULES.map((r) => r.id));
    assert.match(lines[RULES.findIndex((r) => r.id === 'malformed-number')], /^malformed-number +error +safe +数字格式不规范$/);
    assert.match(runCli(['rules', '--lang', 'en']).stdout, /^column-count +error +none +Wrong number of columns$/m);
    const safe = RULES.filter((r) => r.fix === 'safe').map((r) => r.id);
    assert.match(runCli(['--help']).stdout, new RegExp(`--fix .*\\(of ${safe.join(', ')}\\)`));
  });

  it('exit 2 with a clear message for bad usage and for an unreadable file, still checking the others', () => {
    assert.equal(runCli(['check']).status, 2);
    assert.equal(runCli(['lint', corpusPath('000')]).status, 2);
    const r = runCli(['check', '/no/such/report.txt', corpusPath('001')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\/no\/such\/report\.txt: 错误: 没有这个文件、文件夹或匹配的文件/);
    assert.match(r.stdout, /malformed-number/);
    assert.match(r.stdout, /已检查 1 个文件：/, 'the missing path is not counted as checked');
  });

  it('.govreport.json in a folder above silences a rule and sets its severity', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.govreport.json'), JSON.stringify({ rules: { 'blank-cell': 'off', 'empty-section': 'warning' } }));
    const sub = path.join(dir, 'drafts');
    mkdirSync(sub);
    copyFileSync(corpusPath('002'), path.join(sub, '002.txt'));
    const out = JSON.parse(runCli(['check', '--format', 'json', sub]).stdout);
    const rules = out[0].diagnostics.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`);
    assert.ok(!rules.some((r: string) => r.startsWith('blank-cell')));
    assert.ok(rules.includes('empty-section:warning'));
  });

  it('a misspelt rule id in .govreport.json is reported, not silently ignored', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.govreport.json'), JSON.stringify({ rules: { 'blank-cells': 'off' } }));
    copyFileSync(corpusPath('002'), path.join(dir, '002.txt'));
    const r = runCli(['check', dir]);
    assert.match(r.stderr, /\.govreport\.json:1:11: 警告: 没有名为“blank-cells”的规则；是否指“blank-cell”？/);
    assert.match(r.stdout, / blank-cell /, 'the rule meant is not silenced');
  });

  it('--fix fills blank cells and normalises numbers in place, keeping BOM and CRLF, and a second run changes nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, '002.txt');
    const original = readFileSync(corpusPath('002'), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(file, '\uFEFF' + original);
    const r = runCli(['check', '--fix', file]);
    assert.match(r.stdout, /已修复 154 处问题/);
    const fixed = readFileSync(file, 'utf8');
    assert.ok(fixed.startsWith('\uFEFF'));
    assert.equal(fixed.split('\r\n').length, original.split('\r\n').length);
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF introduced');
    // Only the section 六 finding is left: it has no safe fix.
    assert.deepEqual(r.stdout.split('\n').filter((l) => / (error|warning) /.test(l)).map((l) => l.split(' ')[2]), ['empty-section']);
    const again = runCli(['check', '--fix', file]);
    assert.doesNotMatch(again.stdout, /已修复/);
    assert.equal(readFileSync(file, 'utf8'), fixed);
  });
});
