import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { DocumentSymbol, FoldingRange, Hover, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { corpusPath } from '../corpus';
import { SECTION_HEADINGS_000 } from '../corpusHeadings';
import { LspClient } from './lspClient';

let client: LspClient;
const uri = 'file:///tmp/govreport-test/000.govreport.txt';
const text = readFileSync(corpusPath('000'), 'utf8');
const lines = text.split('\n');

before(async () => {
  client = await LspClient.start('zh-cn');
  await client.open(uri, text);
});
after(() => client.stop());

test('000: document symbols list the six sections in order, tables inside', async () => {
  const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(
    symbols.map((s) => s.name),
    SECTION_HEADINGS_000,
  );
  assert.equal(symbols[2].children?.[0].name, '表三 收到和处理政府信息公开申请情况');
  assert.deepEqual(
    symbols[4].children?.map((c) => c.name),
    ['（一）存在的主要问题', '（二）改进措施'],
  );
});

test('000: folding ranges cover the sections and the tables', async () => {
  const ranges: FoldingRange[] = await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
  const firstLines = ranges.map((r) => lines[r.startLine].trim());
  assert.ok(firstLines.includes('一、总体情况'));
  assert.ok(firstLines.includes('第二十条第（一）项'));
  assert.ok(ranges.every((r) => r.endLine > r.startLine));
});

test('000: hover on a row total shows how it is summed', async () => {
  const line = lines.findIndex((l) => l.startsWith('\t一、本年新收'));
  const totalLine = line + 7; // the seventh number after the label: 总计 33
  assert.equal(lines[totalLine], '\t33');
  const hover: Hover = await client.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line: totalLine, character: 1 },
  });
  const { value } = hover.contents as { value: string };
  assert.match(value, /31/);
  assert.match(value, /33/);
  assert.equal(hover.range?.start.line, totalLine);
});

test('insert table: the server asks the client to insert the official table at the cursor', async () => {
  const position = { line: 9, character: 0 };
  assert.equal(lines[9], '');
  const applied = await client.connection.sendRequest('workspace/executeCommand', {
    command: 'govreport.server.insertTable',
    arguments: [uri, position, 4, '2019'],
  });
  assert.equal(applied, true);
  const [change] = client.appliedEdits.at(-1)!.documentChanges as TextDocumentEdit[];
  assert.equal(change.textDocument.uri, uri);
  assert.equal(change.textDocument.version, 1);
  const [edit] = change.edits as TextEdit[];
  assert.deepEqual(edit.range, { start: position, end: position });
  assert.match(edit.newText, /\t行政复议/, 'written cell per line, as 000 writes its tables');
});

test('a request with bad arguments is answered, not fatal', async () => {
  const answer = await client.connection.sendRequest('workspace/executeCommand', {
    command: 'govreport.server.insertTable',
    arguments: [uri, 'nowhere', 7],
  });
  assert.equal(answer, null);
  const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///never/opened.txt' } });
  assert.deepEqual(symbols, []);
  assert.equal((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 99999, character: -5 } })), null);
});
