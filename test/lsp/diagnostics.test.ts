import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CORPUS_FILES, corpusPath } from '../corpus';
import { fileUri, LspClient } from './lspClient';

const REPO_ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(REPO_ROOT, 'dist/cli.js');
const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'];

interface CliDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: unknown;
  fixes: string[];
}

function cliDiagnostics(file: string): CliDiagnostic[] {
  const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--lang', 'zh-cn', file], { encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return JSON.parse(run.stdout)[0].diagnostics;
}

let client: LspClient;
before(async () => (client = await LspClient.start('zh-cn')));
after(() => client.stop());

for (const name of CORPUS_FILES) {
  test(`${name}: the editor shows what the CLI reports`, async () => {
    const file = corpusPath(name.slice(0, 3));
    const uri = fileUri(file);
    // As VS Code opens a plain .txt draft: the server detects that it is a report.
    await client.open(uri, readFileSync(file, 'utf8'), 'plaintext');
    const diagnostics = await client.diagnostics(uri);
    const fromServer = diagnostics.map((d) => ({
      rule: d.code,
      severity: SEVERITY_NAMES[d.severity!],
      message: d.message,
      range: d.range,
      fixes: (d.data as { fixes: { title: string }[] }).fixes.map((f) => f.title),
    }));
    assert.ok(fromServer.length > 0, 'every corpus draft has faults');
    assert.deepEqual(fromServer, cliDiagnostics(file));
    for (const d of diagnostics) {
      assert.equal(d.source, 'govreport');
      // The rule's page shipped in the package, which opens without a network.
      const page = fileURLToPath(d.codeDescription!.href);
      assert.equal(page, path.join(REPO_ROOT, 'docs', 'rules', `${d.code}.md`));
      assert.ok(existsSync(page), `${page} is missing`);
    }
    const status = await client.waitFor('status', () => client.statuses.find((s) => s.uri === uri));
    assert.equal(status.isReport, true);
    assert.equal(status.errors, fromServer.filter((d) => d.severity === 'error').length);
    assert.equal(status.warnings, fromServer.filter((d) => d.severity === 'warning').length);
    await client.close(uri);
  });
}

test('a sum error points at the cells it was summed from', async () => {
  const uri = 'untitled:sum-error';
  await client.open(uri, readFileSync(corpusPath('000'), 'utf8').replace('\t33\n', '\t34\n'));
  const diagnostics = await client.diagnostics(uri);
  const withCells = diagnostics.filter((d) => (d.relatedInformation?.length ?? 0) > 1);
  assert.ok(withCells.length > 0, 'some diagnostic lists its cells');
  for (const r of withCells.flatMap((d) => d.relatedInformation!)) assert.equal(r.location.uri, uri);
});

test('a Markdown file that is not a report gets no diagnostics and no status', async () => {
  const notes = 'file:///tmp/govreport-test/notes.md';
  const report = 'file:///tmp/govreport-test/report.md';
  await client.open(notes, '# 会议纪要\n\n一、下一步工作\n', 'markdown');
  await client.open(report, readFileSync(corpusPath('004'), 'utf8'), 'markdown');
  await client.diagnostics(report);
  assert.equal(client.publishCount(notes), 0);
  assert.ok(!client.statuses.some((s) => s.uri === notes));
});

test('a report that stops looking like one has its diagnostics cleared', async () => {
  const uri = 'file:///tmp/govreport-test/shrinking.txt';
  const text = readFileSync(corpusPath('002'), 'utf8');
  await client.open(uri, text, 'plaintext');
  assert.ok((await client.diagnostics(uri)).length > 0);
  const end = { line: text.split('\n').length, character: 0 };
  await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end }, text: '购物清单\n' }]);
  assert.deepEqual(await client.diagnostics(uri, (p) => p.version === 2), []);
  const status = await client.waitFor('status', () => client.statuses.find((s) => s.uri === uri && !s.isReport));
  assert.equal(status.errors, 0);
});

test('the status is sent when the error count changes, not on every keystroke', async () => {
  const uri = 'file:///tmp/govreport-test/status.txt';
  const text = readFileSync(corpusPath('000'), 'utf8');
  await client.open(uri, text);
  await client.diagnostics(uri);
  const statuses = () => client.statuses.filter((s) => s.uri === uri);
  const first = await client.waitFor('status', () => statuses()[0]);
  // Typing into the prose of section 一 moves nothing in the tables.
  const prose = text.split('\n').findIndex((l) => l.startsWith('一、')) + 1;
  await client.change(uri, 2, [{ range: { start: { line: prose, character: 0 }, end: { line: prose, character: 0 } }, text: '本年度' }]);
  await client.diagnostics(uri, (p) => p.version === 2);
  // A wrong 总计 in 表三 adds an error.
  const changed = text.replace('\t33\n', '\t34\n').split('\n');
  const line = changed.findIndex((l, i) => l === '\t34' && text.split('\n')[i] === '\t33');
  await client.change(uri, 3, [{ range: { start: { line, character: 1 }, end: { line, character: 3 } }, text: '34' }]);
  await client.diagnostics(uri, (p) => p.version === 3);
  const second = await client.waitFor('a second status', () => statuses()[1]);
  assert.equal(statuses().length, 2, 'no status for the edit in the prose');
  assert.equal(second.errors, first.errors + 1);
  await client.close(uri);
});

test('last year’s report beside the draft: a differing 上年结转 is reported, and goes when last year’s file agrees', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-years-'));
  const thisYear = readFileSync(corpusPath('000'), 'utf8');
  const lastYear = thisYear.replace(/2020年/g, '2019年');
  const row = lastYear.indexOf('四、结转下年度继续办理');
  const cell = lastYear.indexOf('\t0', row);
  writeFileSync(path.join(dir, '2019.txt'), `${lastYear.slice(0, cell)}\t2${lastYear.slice(cell + 2)}`);
  const uri = fileUri(path.join(dir, '2020.txt'));
  await client.open(uri, thisYear, 'plaintext');
  const carried = (await client.diagnostics(uri)).filter((d) => d.code === 'carried-over');
  assert.equal(carried.length, 1);
  assert.match(carried[0].message as string, /上一年度报告（2019\.txt）结转下年度为 2/);
  // Its related information points at the cell in last year's file.
  const [related] = carried[0].relatedInformation!;
  assert.equal(related.location.uri, fileUri(path.join(dir, '2019.txt')));
  assert.equal(lastYear.split('\n')[related.location.range.start.line], '\t0');
  // The drafter corrects last year's file (here on disk); the next keystroke's check reads it again.
  writeFileSync(path.join(dir, '2019.txt'), lastYear);
  utimesSync(path.join(dir, '2019.txt'), new Date(), new Date(Date.now() + 1000)); // a changed mtime, however coarse the clock
  await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
  assert.ok(!(await client.diagnostics(uri, (p) => p.version === 2)).some((d) => d.code === 'carried-over'));
  await client.close(uri);
  rmSync(dir, { recursive: true });
});
