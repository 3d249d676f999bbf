import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { CORPUS_FILES, corpusText } from '../corpus';
import { LspClient } from './lspClient';

let client: LspClient;
before(async () => (client = await LspClient.start('zh-cn')));
after(() => client.stop());

const corpusLines = CORPUS_FILES.flatMap((f) => corpusText(f.slice(0, 3)).split('\n'));
/** Drafts half-typed, pasted twice, cut short: real lines in any order, with odd characters in between. */
const draft = fc
  .array(fc.oneof(fc.constantFrom(...corpusLines), fc.string({ unit: 'binary' }), fc.constantFrom('\t', '|', '| --- |', '\r', '\uFEFF', '\uD800')), {
    maxLength: 120,
  })
  .map((lines) => lines.join('\n'));
const position = fc.record({ line: fc.integer({ min: -2, max: 200 }), character: fc.integer({ min: -2, max: 300 }) });

test('no text, edit or request takes the server down', async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(draft, position, position, fc.string({ unit: 'binary' }), async (text, start, end, typed) => {
      const uri = `untitled:fuzz-${++n}`;
      await client.open(uri, text);
      await client.change(uri, 2, [{ range: { start, end }, text: typed }]);
      const textDocument = { uri };
      await client.connection.sendRequest('textDocument/documentSymbol', { textDocument });
      await client.connection.sendRequest('textDocument/foldingRange', { textDocument });
      await client.connection.sendRequest('textDocument/hover', { textDocument, position: start });
      await client.codeActions({ textDocument, range: { start, end: start }, context: { diagnostics: [], only: ['source.fixAll'] } });
      await client.connection.sendRequest('workspace/executeCommand', {
        command: 'govreport.server.insertTable',
        arguments: [uri, start, 3, '2021'],
      });
      await client.close(uri);
    }),
    { numRuns: 60 },
  );
  assert.deepEqual(client.errors, [], 'nothing failed on the way');
  // Still alive and still checking.
  await client.open('untitled:after-fuzz', corpusText('000'));
  assert.ok((await client.diagnostics('untitled:after-fuzz')).length > 0);
});

test('the server exits when the editor closes its input without a shutdown, as one that crashed would', async () => {
  const orphan = await LspClient.start('zh-cn');
  assert.equal(await orphan.closeInput(), 1);
});
