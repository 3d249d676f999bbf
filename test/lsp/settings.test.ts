import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { corpusPath } from '../corpus';
import { fileUri, LspClient } from './lspClient';

let client: LspClient;
const text002 = readFileSync(corpusPath('002'), 'utf8');

before(async () => (client = await LspClient.start('zh-cn')));
after(() => client.stop());

test('govreport.rules applies live: turning blank-cell off re-publishes without it', async () => {
  const uri = 'untitled:rules';
  await client.open(uri, text002);
  assert.ok((await client.diagnostics(uri)).some((d) => d.code === 'blank-cell'));
  const seen = client.publishCount(uri);
  await client.changeSettings({ rules: { 'blank-cell': 'off' } });
  const after = await client.diagnostics(uri, () => true, seen);
  assert.ok(after.length > 0);
  assert.ok(!after.some((d) => d.code === 'blank-cell'));
  await client.changeSettings({});
  assert.ok((await client.diagnostics(uri, () => true, seen + 1)).some((d) => d.code === 'blank-cell'));
  await client.close(uri);
});

test('govreport.language switches the messages to English and back', async () => {
  const uri = 'untitled:language';
  await client.open(uri, text002);
  const chinese = await client.diagnostics(uri);
  const seen = client.publishCount(uri);
  await client.changeSettings({ language: 'en' });
  const english = await client.diagnostics(uri, () => true, seen);
  const blank = (ds: typeof english) => ds.find((d) => d.code === 'blank-cell')!.message as string;
  assert.match(blank(english), /blank/);
  assert.doesNotMatch(blank(chinese), /blank/);
  await client.changeSettings({ language: 'auto' });
  assert.equal(blank(await client.diagnostics(uri, () => true, seen + 1)), blank(chinese), 'auto follows the client locale');
  await client.close(uri);
});

test('govreport.detect off: a plain-text report is left alone, the govreport language is not', async () => {
  await client.changeSettings({ detect: false });
  const plain = 'file:///tmp/govreport-test/detect-off.txt';
  const named = 'file:///tmp/govreport-test/detect-off.govreport.txt';
  await client.open(plain, text002, 'plaintext');
  await client.open(named, text002, 'govreport');
  await client.diagnostics(named);
  assert.equal(client.publishCount(plain), 0);
  await client.changeSettings({});
  assert.ok((await client.diagnostics(plain)).length > 0, 'detection back on');
  await client.close(plain);
  await client.close(named);
});

test('a .govreport.json overrides the editor settings, as it does for the CLI', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-'));
  mkdirSync(path.join(dir, 'drafts'));
  writeFileSync(path.join(dir, '.govreport.json'), JSON.stringify({ rules: { 'blank-cell': 'warning' } }));
  await client.changeSettings({ rules: { 'blank-cell': 'off', 'empty-section': 'off' } });
  const uri = fileUri(path.join(dir, 'drafts', 'report.txt'));
  await client.open(uri, text002, 'plaintext');
  const diagnostics = await client.diagnostics(uri);
  const blank = diagnostics.filter((d) => d.code === 'blank-cell');
  assert.ok(blank.length > 0 && blank.every((d) => d.severity === 2), 'blank-cell as the file says: warning');
  assert.ok(!diagnostics.some((d) => d.code === 'empty-section'), 'what the file does not name stays as the editor says');
  // Editing the file (the client reports it as a watched file) applies at once.
  writeFileSync(path.join(dir, '.govreport.json'), JSON.stringify({ rules: { 'blank-cell': 'hint' } }));
  const seen = client.publishCount(uri);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: fileUri(path.join(dir, '.govreport.json')), type: 2 }],
  });
  const changed = await client.diagnostics(uri, () => true, seen);
  assert.ok(changed.filter((d) => d.code === 'blank-cell').every((d) => d.severity === 4));
  await client.close(uri);
  await client.changeSettings({});
  rmSync(dir, { recursive: true });
});

test('an editor that pushes its settings (no workspace/configuration) is heard too', async () => {
  const pushing = await LspClient.start('en', false);
  const uri = 'untitled:pushed';
  await pushing.open(uri, text002);
  const before = await pushing.diagnostics(uri);
  assert.match(before.find((d) => d.code === 'blank-cell')!.message as string, /blank/, 'English, from the locale');
  await pushing.connection.sendNotification('workspace/didChangeConfiguration', {
    settings: { govreport: { rules: { 'blank-cell': 'off' } } },
  });
  const after = await pushing.diagnostics(uri, () => true, 1);
  assert.ok(after.length > 0 && !after.some((d) => d.code === 'blank-cell'));
  await pushing.stop();
});
