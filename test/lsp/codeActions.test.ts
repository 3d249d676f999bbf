import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/core/fixes/textEdit';
import { TextLines } from '../../server/src/core/text/textLines';
import { CORPUS_FILES, corpusPath } from '../corpus';
import { LspClient } from './lspClient';

let client: LspClient;
before(async () => (client = await LspClient.start('zh-cn')));
after(() => client.stop());

let opened = 0;
/** Opens `text` as a new document and returns its diagnostics (a new document is checked at once). */
async function check(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = `untitled:doc-${++opened}`;
  await client.open(uri, text);
  return { uri, diagnostics: await client.diagnostics(uri) };
}

/** A code action's edits, checking they target the version the diagnostics were computed for. */
function editsOf(action: CodeAction, version = 1): TextEdit[] {
  const [change] = action.edit!.documentChanges as TextDocumentEdit[];
  assert.equal(change.textDocument.version, version);
  return change.edits as TextEdit[];
}

function apply(text: string, action: CodeAction): string {
  return applyEdits(new TextLines(text), editsOf(action));
}

/** Where a line of the text lands once the edits (of lines before it) are applied. */
function lineAfter(line: number, edits: TextEdit[]): number {
  const linesAdded = (e: TextEdit) => e.newText.split(/\r\n|\r|\n/).length - 1 - (e.range.end.line - e.range.start.line);
  return line + edits.filter((e) => e.range.end.line < line).reduce((sum, e) => sum + linesAdded(e), 0);
}

/** Diagnostics as comparable keys: rule and line, since an edit shifts the cells after it on its line. */
const keys = (diagnostics: Diagnostic[], edits: TextEdit[] = []) =>
  diagnostics.map((d) => `${d.code} line ${lineAfter(d.range.start.line, edits)}`).sort();

for (const name of CORPUS_FILES) {
  test(`${name}: each quick fix removes its fault and nothing else`, async () => {
    const text = readFileSync(corpusPath(name.slice(0, 3)), 'utf8');
    const { uri, diagnostics } = await check(text);
    let tried = 0;
    for (const diagnostic of diagnostics) {
      const actions = await client.codeActions({
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      // Leave out the fill-the-table action, which answers for many diagnostics.
      const own = actions.filter((a) => a.diagnostics?.length === 1);
      const fixes = (diagnostic.data as { fixes: unknown[] }).fixes;
      assert.equal(own.length, fixes.length, `one quick fix per fix of ${diagnostic.code}`);
      own.forEach((action, i) => assert.equal(action.isPreferred, i === 0));
      for (const action of own) {
        const after = await check(apply(text, action));
        const expected = keys(diagnostics.filter((d) => d !== diagnostic), editsOf(action));
        assert.deepEqual(keys(after.diagnostics), expected, `${action.title} on ${diagnostic.code} at line ${diagnostic.range.start.line}`);
        await client.close(after.uri);
        tried++;
      }
    }
    assert.ok(tried > 0, 'every corpus draft has something to fix');
  });
}

test('002: fix-all leaves no blank cell', async () => {
  const text = readFileSync(corpusPath('002'), 'utf8');
  const { uri, diagnostics } = await check(text);
  assert.ok(diagnostics.some((d) => d.code === 'blank-cell'));
  const actions = await client.codeActions({
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
  assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.govreport']);
  const after = await check(apply(text, actions[0]));
  assert.deepEqual(after.diagnostics.filter((d) => d.code === 'blank-cell'), []);
});

test('002: one action fills every blank cell of the table under the cursor', async () => {
  const text = readFileSync(corpusPath('002'), 'utf8');
  const { uri, diagnostics } = await check(text);
  const blank = diagnostics.find((d) => d.code === 'blank-cell')!;
  const actions = await client.codeActions({ textDocument: { uri }, range: blank.range, context: { diagnostics: [blank] } });
  const fillTable = actions.find((a) => (a.diagnostics?.length ?? 0) > 1);
  assert.ok(fillTable, 'a fill-the-table action is offered');
  assert.match(fillTable.title, /表三/);
  const after = await check(apply(text, fillTable));
  const line = (d: Diagnostic) => d.range.start.line;
  const inTable = (d: Diagnostic) => fillTable.diagnostics!.some((b) => line(b) === line(d));
  assert.deepEqual(after.diagnostics.filter((d) => d.code === 'blank-cell' && inTable(d)), []);
  assert.equal(after.diagnostics.filter((d) => d.code === 'blank-cell').length, diagnostics.filter((d) => d.code === 'blank-cell').length - fillTable.diagnostics!.length);
});

test('a quick fix is refused once the document has changed', async () => {
  const text = readFileSync(corpusPath('000'), 'utf8');
  const { uri, diagnostics } = await check(text);
  const blank = diagnostics.find((d) => d.code === 'blank-cell')!;
  await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
  const actions = await client.codeActions({ textDocument: { uri }, range: blank.range, context: { diagnostics: [blank] } });
  const [change] = actions[0].edit!.documentChanges as TextDocumentEdit[];
  assert.equal(change.textDocument.version, 1, 'the edit names the version it was made for, so the client refuses it');
});
