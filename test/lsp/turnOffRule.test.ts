import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeAction, CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/core/fixes/textEdit';
import { TextLines } from '../../server/src/core/text/textLines';
import { corpusPath } from '../corpus';
import { fileUri, LspClient } from './lspClient';

let client: LspClient;
let dir: string;
before(async () => {
  client = await LspClient.start('zh-cn');
  dir = mkdtempSync(path.join(tmpdir(), 'govreport-turn-off-'));
});
after(async () => {
  await client.stop();
  rmSync(dir, { recursive: true });
});

const TITLE = '在 .govreport.json 中关闭规则 blank-cell';

/** Opens corpus 002 in `folder` and returns the "turn off blank-cell" action offered on its first blank cell. */
async function turnOffBlankCell(folder: string): Promise<{ uri: string; action: CodeAction | undefined }> {
  const uri = fileUri(path.join(folder, '002.txt'));
  await client.open(uri, readFileSync(corpusPath('002'), 'utf8'), 'plaintext');
  const blank = (await client.diagnostics(uri)).find((d) => d.code === 'blank-cell')!;
  const actions = await client.codeActions({ textDocument: { uri }, range: blank.range, context: { diagnostics: [blank] } });
  return { uri, action: actions.find((a) => a.title === TITLE) };
}

/** Writes what the action's edit says to the config file, as the editor would, and tells the server. */
async function applyToDisk(configFile: string, edits: TextEdit[]): Promise<void> {
  const before = existsSync(configFile) ? readFileSync(configFile, 'utf8') : '';
  writeFileSync(configFile, applyEdits(new TextLines(before), edits));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configFile), type: 2 }] });
}

test('with no .govreport.json, turning a rule off creates one beside the report', async () => {
  const folder = mkdtempSync(path.join(dir, 'new-'));
  const configFile = path.join(folder, '.govreport.json');
  const { uri, action } = await turnOffBlankCell(folder);
  assert.ok(action, 'the action is offered');
  const [create, edit] = action.edit!.documentChanges as [CreateFile, TextDocumentEdit];
  assert.equal(create.kind, 'create');
  assert.equal(create.uri, fileUri(configFile));
  const seen = client.publishCount(uri);
  await applyToDisk(configFile, edit.edits as TextEdit[]);
  assert.deepEqual(JSON.parse(readFileSync(configFile, 'utf8')), { rules: { 'blank-cell': 'off' } });
  const after = await client.diagnostics(uri, () => true, seen);
  assert.ok(after.length > 0 && !after.some((d) => d.code === 'blank-cell'));
  await client.close(uri);
});

test('an existing .govreport.json gets only the one entry, its other settings kept', async () => {
  const folder = mkdtempSync(path.join(dir, 'existing-'));
  const configFile = path.join(folder, '.govreport.json');
  const original = '{\n  "format": "auto",\n  "rules": {\n    "item-change": "off"\n  }\n}\n';
  writeFileSync(configFile, original);
  const { uri, action } = await turnOffBlankCell(folder);
  assert.ok(action, 'the action is offered');
  const edits = action.edit!.changes![fileUri(configFile)];
  const seen = client.publishCount(uri);
  await applyToDisk(configFile, edits);
  const written = readFileSync(configFile, 'utf8');
  assert.deepEqual(JSON.parse(written), { format: 'auto', rules: { 'item-change': 'off', 'blank-cell': 'off' } });
  assert.ok(written.startsWith('{\n  "format": "auto",\n  "rules": {\n    "item-change": "off",'), written);
  assert.ok(!(await client.diagnostics(uri, () => true, seen)).some((d) => d.code === 'blank-cell'));
  await client.close(uri);
});

test('a .govreport.json that is not valid JSON is left for the drafter to repair', async () => {
  const folder = mkdtempSync(path.join(dir, 'broken-'));
  writeFileSync(path.join(folder, '.govreport.json'), '{ "rules": { ');
  const { uri, action } = await turnOffBlankCell(folder);
  assert.equal(action, undefined);
  await client.close(uri);
});
