import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TABLE_VIEW_REQUEST, type TableViewResult } from '../../server/src/lsp/protocol';
import { corpusText } from '../corpus';
import { LspClient } from './lspClient';

let client: LspClient;
const uri = 'file:///tmp/govreport-test/table-view/000.govreport.txt';
const text = corpusText('000');
const lines = text.split('\n');

before(async () => {
  client = await LspClient.start('zh-cn');
  await client.open(uri, text);
});
after(() => client.stop());

const request = (target = uri): Promise<TableViewResult | null> => client.connection.sendRequest(TABLE_VIEW_REQUEST, { uri: target });

function cellOf(result: TableViewResult, label: string, column: number) {
  const row = result.view.tables[1].groups[0].rows.find((r) => r.label === label);
  assert.ok(row, `表三 has the row ${label}`);
  return row.cells[column];
}

const RECEIVED = '一、本年新收政府信息公开申请数量';

test('govreport/tableView answers the official grids of an open report, in the document version', async () => {
  const result = await request();
  assert.ok(result);
  assert.equal(result.uri, uri);
  assert.equal(result.version, 1);
  assert.deepEqual(result.view.tables.map((t) => t.title), ['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况']);
  const natural = cellOf(result, RECEIVED, 0);
  assert.equal(natural.text, '31');
  assert.equal(lines[natural.range!.start.line].slice(natural.range!.start.character, natural.range!.end.character), '31');
  assert.deepEqual(cellOf(result, '8.属于行政查询事项', 6).findings.map((f) => f.rule), ['blank-cell']);
});

test('govreport/tableView follows an edit: the changed number, and the finding it brings', async () => {
  const { range } = cellOf((await request())!, RECEIVED, 0);
  await client.change(uri, 2, [{ range: range!, text: '30' }]);
  // Asked at once: the server answers from the check of version 2, not the one before.
  const result = await request();
  assert.equal(result?.version, 2);
  const natural = cellOf(result, RECEIVED, 0);
  assert.deepEqual([natural.text, natural.value], ['30', 30]);
  assert.deepEqual(natural.findings.map((f) => f.rule), ['wrong-cell']);
  assert.match(natural.findings[0].message, /应为 31（计算值）/);
});

test('govreport/tableView is null for a document that is not open, or is no report', async () => {
  assert.equal(await request('file:///tmp/govreport-test/table-view/never-opened.txt'), null);
  const notes = 'file:///tmp/govreport-test/table-view/notes.txt';
  await client.open(notes, '买菜，交电费。\n', 'plaintext');
  assert.equal(await request(notes), null);
});
