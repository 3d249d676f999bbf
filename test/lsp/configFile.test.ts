import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { corpusPath } from '../corpus';
import { fileUri, LspClient } from './lspClient';

let client: LspClient;

before(async () => (client = await LspClient.start('zh-cn')));
after(() => client.stop());

test('a broken .govreport.json gets diagnostics on itself, at the fault; fixed, they go', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-'));
  const configFile = path.join(dir, '.govreport.json');
  const configUri = fileUri(configFile);
  writeFileSync(configFile, '{\n  // 本处不检查空白单元格\n  "rule": { "blank-cell": "off" },\n  "format": 2019\n  "x": 1\n}\n');
  const report = fileUri(path.join(dir, 'report.txt'));
  await client.open(report, readFileSync(corpusPath('002'), 'utf8'), 'plaintext');
  const [syntax] = await client.diagnostics(configUri);
  assert.equal(syntax.severity, 1);
  assert.match(syntax.message as string, /不是有效的 JSON：CommaExpected/);
  assert.deepEqual(syntax.range.start, { line: 4, character: 2 });
  assert.ok((await client.diagnostics(report)).some((d) => d.code === 'blank-cell'), 'the report is checked with the defaults');

  writeFileSync(configFile, '{\n  "rule": { "blank-cell": "off" },\n}\n');
  const seen = client.publishCount(configUri);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
  const [unknown] = await client.diagnostics(configUri, () => true, seen);
  assert.equal(unknown.severity, 2);
  assert.match(unknown.message as string, /没有名为“rule”的设置项；是否指“rules”？/);
  assert.deepEqual(unknown.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } });

  rmSync(configFile);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 3 }] });
  assert.deepEqual(await client.diagnostics(configUri, () => true, seen + 1), [], 'a deleted file keeps no diagnostics');
  await client.close(report);
  rmSync(dir, { recursive: true });
});
