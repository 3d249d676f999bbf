import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { corpusPath } from '../corpus';
import { LspClient } from './lspClient';

let client: LspClient;
const uri = 'file:///tmp/govreport-test/000-typing.txt';
const lines = readFileSync(corpusPath('000'), 'utf8').split('\n');
let version = 1;

before(async () => {
  client = await LspClient.start('zh-cn');
  await client.open(uri, lines.join('\n'));
  await client.diagnostics(uri);
});
after(() => client.stop());

/** Sends one incremental change and returns the diagnostics published for that version. */
async function edit(line: number, startChar: number, endLine: number, endChar: number, text: string) {
  version++;
  await client.change(uri, version, [{ range: { start: { line, character: startChar }, end: { line: endLine, character: endChar } }, text }]);
  const v = version;
  return client.diagnostics(uri, (p) => p.version === v);
}

test('typing a digit into a total makes it the one wrong cell', async () => {
  const totalLine = lines.findIndex((l) => l.startsWith('\t一、本年新收')) + 7;
  assert.equal(lines[totalLine], '\t33');
  const before = client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
  assert.ok(!before.some((d) => d.code === 'wrong-cell'));
  const diagnostics = await edit(totalLine, 3, totalLine, 3, '1');
  const wrongTotal = diagnostics.find((d) => d.code === 'wrong-cell');
  assert.ok(wrongTotal, 'wrong-cell reported at the total');
  assert.equal(wrongTotal.range.start.line, totalLine);
  assert.match(wrongTotal.message as string, /331/);
  // And removing it again restores the sum.
  const restored = await edit(totalLine, 3, totalLine, 4, '');
  assert.ok(!restored.some((d) => d.code === 'wrong-cell'));
});

test('deleting the text of section 一 makes it empty', async () => {
  const heading = lines.indexOf('一、总体情况');
  const next = lines.indexOf('二、主动公开政府信息情况');
  const diagnostics = await edit(heading + 1, 0, next - 1, 0, '');
  const empty = diagnostics.find((d) => d.code === 'empty-section');
  assert.ok(empty, 'empty-section reported');
  assert.equal(empty.range.start.line, heading);
});

test('a burst of keystrokes ends with the diagnostics of the newest version', async () => {
  const publishedBefore = client.publishCount(uri);
  const first = version + 1;
  for (let i = 0; i < 20; i++) {
    version++;
    await client.change(uri, version, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '天' }]);
  }
  const last = version;
  await client.diagnostics(uri, (p) => p.version === last);
  const burst = client.published.filter((p) => p.uri === uri).slice(publishedBefore);
  // A small report is checked as each key goes down, so no count of checks is promised here.
  assert.ok(burst.length <= 20, `${burst.length} publishes for 20 changes`);
  assert.ok(burst.every((p) => p.version! >= first));
});

test('diagnostics never go back to an older version', () => {
  const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
});

test('a 10 MB report: a burst of typing still becomes one check of the newest text', async () => {
  const bigUri = 'file:///tmp/govreport-test/big.txt';
  const prose = '高新区政务公开工作不断丰富政务公开载体，创新政务公开方式，完善政务公开机制。\n'.repeat(250_000);
  await client.open(bigUri, [...lines.slice(0, 6), prose, ...lines.slice(6)].join('\n'));
  await client.diagnostics(bigUri);
  const publishedBefore = client.publishCount(bigUri);
  let v = 1;
  for (let i = 0; i < 10; i++) {
    await client.change(bigUri, ++v, [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: '政' }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const last = v;
  await client.diagnostics(bigUri, (p) => p.version === last);
  assert.ok(client.publishCount(bigUri) - publishedBefore <= 2, 'the keystrokes were coalesced');
  await client.close(bigUri);
});
