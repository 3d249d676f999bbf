import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CheckFileResult, ReadReportResult } from '../../server/src/lsp/protocol';
import { corpusPath } from '../corpus';
import { fileUri, LspClient } from './lspClient';

/** A 2024 report whose 表三 still has a 2019 row: `format-version`, on page 4, line 10. */
const PDF = path.resolve(__dirname, '../../samples/published/pdf/hongze-qzf-2024.pdf');

let client: LspClient;
let dir: string;

before(async () => {
  client = await LspClient.start('zh-cn');
  dir = mkdtempSync(path.join(tmpdir(), 'govreport-files-'));
});
after(async () => {
  await client.stop();
  rmSync(dir, { recursive: true });
});

const readReport = (uri: string) => client.connection.sendRequest<ReadReportResult>('govreport/readReport', { uri });
const checkFile = (uri: string) => client.connection.sendRequest<CheckFileResult>('govreport/checkFile', { uri });

test('govreport/readReport gives a PDF as report text, its tables a row a line; an unreadable file, why', async () => {
  const read = await readReport(fileUri(PDF));
  assert.ok('text' in read, JSON.stringify(read));
  assert.match(read.text, /^淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n/);
  assert.match(read.text, /（六）其他处理(\t[\d]+){7}\n/, 'a 表三 row: its label and seven cells on one line');
  assert.deepEqual(await readReport(fileUri(path.join(dir, 'missing.pdf'))), { error: '文件不存在' });
  assert.ok('error' in (await readReport('untitled:Untitled-1')));
});

test('govreport/checkFile publishes the diagnostics of reports on disk, keeps them in step, and leaves other files alone', async () => {
  const pdf = path.join(dir, 'hongze.pdf');
  const draft = path.join(dir, 'draft.txt');
  const notes = path.join(dir, 'notes.txt');
  copyFileSync(PDF, pdf);
  copyFileSync(corpusPath('002'), draft);
  writeFileSync(notes, '会议纪要\n下周一交稿。\n');

  assert.deepEqual(await checkFile(fileUri(pdf)), { isReport: true });
  const [finding] = (await client.diagnostics(fileUri(pdf))).filter((d) => d.code === 'format-version');
  assert.ok(finding, 'the PDF’s format-version finding');
  assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'a range in the report text means nothing in the PDF');
  assert.match(finding.message as string, /（第 4 页第 10 行）$/);

  assert.deepEqual(await checkFile(fileUri(draft)), { isReport: true });
  const fromDisk = await client.diagnostics(fileUri(draft));
  assert.ok(fromDisk.some((d) => d.code === 'blank-cell' && d.range.start.line > 0), 'a text report’s findings at their cells');
  assert.deepEqual(await checkFile(fileUri(notes)), { isReport: false });

  // Opened, the document's live diagnostics stand for the file; closed, those from disk come back.
  const text = readFileSync(draft, 'utf8');
  await client.open(fileUri(draft), text, 'plaintext');
  const seen = client.publishCount(fileUri(draft));
  await client.close(fileUri(draft));
  const afterClose = await client.diagnostics(fileUri(draft), (p) => p.diagnostics.length > 0, seen);
  assert.deepEqual(afterClose.map((d) => d.message), fromDisk.map((d) => d.message));

  // A report that stops being one, and a deleted file, lose their diagnostics.
  writeFileSync(draft, '会议纪要\n');
  let published = client.publishCount(fileUri(draft));
  assert.deepEqual(await checkFile(fileUri(draft)), { isReport: false });
  assert.deepEqual(await client.diagnostics(fileUri(draft), () => true, published), []);
  rmSync(pdf);
  published = client.publishCount(fileUri(pdf));
  assert.deepEqual(await checkFile(fileUri(pdf)), { isReport: false });
  assert.deepEqual(await client.diagnostics(fileUri(pdf), () => true, published), []);
  assert.equal(client.publishCount(fileUri(notes)), 0, 'a file that is not a report hears nothing');
  assert.deepEqual(client.errors, []);
});

test('govreport/checkFile leaves alone what the workspace folder’s .govreportignore names, and follows its changes', async () => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'govreport-ignore-'));
  mkdirSync(path.join(workspace, 'old'));
  const kept = path.join(workspace, 'draft.txt');
  const ignored = path.join(workspace, 'old', 'draft.txt');
  copyFileSync(corpusPath('002'), kept);
  copyFileSync(corpusPath('002'), ignored);
  writeFileSync(path.join(workspace, '.govreportignore'), 'old/\n');
  const editor = await LspClient.start('zh-cn', true, [workspace]);
  try {
    assert.deepEqual(await editor.connection.sendRequest('govreport/checkFile', { uri: fileUri(kept) }), { isReport: true });
    assert.deepEqual(await editor.connection.sendRequest('govreport/checkFile', { uri: fileUri(ignored) }), { isReport: false });
    assert.equal(editor.publishCount(fileUri(ignored)), 0, 'an ignored report hears nothing');

    writeFileSync(path.join(workspace, '.govreportignore'), '');
    await editor.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(workspace, '.govreportignore')), type: 2 }] });
    assert.deepEqual(await editor.connection.sendRequest('govreport/checkFile', { uri: fileUri(ignored) }), { isReport: true });
    assert.ok((await editor.diagnostics(fileUri(ignored))).some((d) => d.code === 'blank-cell'));
    assert.deepEqual(editor.errors, []);
  } finally {
    await editor.stop();
    rmSync(workspace, { recursive: true });
  }
});
