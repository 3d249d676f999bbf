// A GB18030 report opened as UTF-8: one diagnostic at the top and a quick fix that reopens it as
// GB18030 (a client command), instead of a check of its mojibake.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { LspClient } from './lspClient';

const MISDECODED = readFileSync(path.resolve(__dirname, '../fixtures/hostile/gb18030.txt')).toString('utf8');

let client: LspClient;
before(async () => (client = await LspClient.start('en')));
after(() => client.stop());

test('a misdecoded file named as a report gets one diagnostic and the reopen action', async () => {
  const uri = 'file:///drafts/%E5%B9%B4%E6%8A%A5.txt'; // 年报.txt
  await client.open(uri, MISDECODED, 'plaintext');
  const diagnostics = await client.diagnostics(uri);
  assert.equal(diagnostics.length, 1);
  const [diagnostic] = diagnostics;
  assert.equal(diagnostic.code, 'encoding');
  assert.deepEqual(diagnostic.range.start, { line: 0, character: 0 });
  assert.match(String(diagnostic.message), /GB18030/);

  const actions = await client.codeActions({ textDocument: { uri }, range: diagnostic.range, context: { diagnostics } });
  assert.deepEqual(
    actions.map((a) => [a.title, a.command?.command, a.command?.arguments]),
    [['Reopen as GB18030', 'govreport.reopenAsGb18030', [uri]]],
  );
  await client.close(uri);
});

test('a misdecoded file with any other name stays silent', async () => {
  const uri = 'file:///drafts/notes.txt';
  await client.open(uri, MISDECODED, 'plaintext');
  await client.codeActions({ textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
  assert.equal(client.publishCount(uri), 0);
  await client.close(uri);
});
