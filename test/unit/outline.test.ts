import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outline, type OutlineItem } from '../../server/src/core/features/outline';
import { parseReport } from '../../server/src/core/parse/parseReport';
import { comparePositions, type Range } from '../../server/src/core/text/position';
import { CORPUS_FILES, corpusText } from '../corpus';
import { SECTION_HEADINGS_000 } from '../corpusHeadings';

const contains = (outer: Range, inner: Range) =>
  comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;

function assertNested(items: OutlineItem[], parent?: OutlineItem): void {
  for (const item of items) {
    assert.ok(contains(item.range, item.selectionRange), `${item.name}: selectionRange inside range`);
    if (parent) assert.ok(contains(parent.range, item.range), `${item.name} inside ${parent.name}`);
    assertNested(item.children, item);
  }
}

test('000: the six sections in order, each ending at its last non-blank line', () => {
  const report = parseReport(corpusText('000'));
  const items = outline(report);
  assert.deepEqual(
    items.map((i) => i.name),
    SECTION_HEADINGS_000,
  );
  const first = items[0];
  const { lines } = report.lines;
  assert.equal(lines[first.range.start.line], '一、总体情况');
  assert.deepEqual(first.selectionRange, report.sections[0].heading.range);
  assert.equal(first.range.start.character, 0);
  assert.equal(first.range.end.character, lines[first.range.end.line].length);
  assert.equal(lines[first.range.end.line + 1].trim(), '', 'the blank line after the section is left out');
  assert.equal(lines[first.range.end.line + 2], '二、主动公开政府信息情况');
});

test('000: each table section holds its table, named by the official title', () => {
  const items = outline(parseReport(corpusText('000')));
  const tables = items.flatMap((i) => i.children.filter((c) => c.kind === 'table').map((c) => c.name));
  assert.deepEqual(tables, ['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况']);
  const table2 = items[1].children[0];
  const report = parseReport(corpusText('000'));
  assert.equal(report.lines.lines[table2.range.start.line], '\t第二十条第（一）项');
  assert.equal(report.lines.lines[table2.selectionRange.start.line].slice(table2.selectionRange.start.character, table2.selectionRange.end.character), '第二十条第（一）项');
});

test('000: numbered items nest under their （二） sub-heading', () => {
  const section5 = outline(parseReport(corpusText('000')))[4];
  assert.deepEqual(
    section5.children.map((c) => [c.name, c.children.length]),
    [
      ['（一）存在的主要问题', 0],
      ['（二）改进措施', 2],
    ],
  );
  const [item1] = section5.children[1].children;
  assert.equal(item1.kind, 'subheading');
  assert.ok(item1.name.startsWith('1.进一步加强'));
  assert.ok(item1.name.endsWith('…'), 'a long first phrase is cut');
});

test('001: a sub-heading is named by its first phrase, not its paragraph', () => {
  const section1 = outline(parseReport(corpusText('001')))[0];
  assert.deepEqual(
    section1.children.map((c) => c.name),
    ['（一）主动公开方面', '（二）平台建设方面', '（三）监督保障方面'],
  );
});

test('004: tables that are pictures are listed as such; a repeated （二） is listed twice', () => {
  const items = outline(parseReport(corpusText('004')));
  const images = items.flatMap((i) => i.children.filter((c) => c.kind === 'table'));
  assert.deepEqual(images.map((c) => c.name), ['表二 主动公开政府信息情况', '表四 政府信息公开行政复议、行政诉讼情况']);
  assert.ok(images.every((c) => c.detail));
  assert.deepEqual(items[2].children, [], 'section 三 is empty');
  assert.equal(items[0].children.filter((c) => c.name.startsWith('（二）')).length, 2);
});

test('a table after a sub-heading belongs to that sub-heading', () => {
  const text = [
    '某区2021年政府信息公开工作年度报告',
    '二、主动公开政府信息情况',
    '（一）主动公开数据',
    '第二十条第（一）项\t\t\t',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t0\t0\t0',
    '',
    '（二）其他',
    '无。',
  ].join('\n');
  const [section] = outline(parseReport(text));
  assert.deepEqual(section.children.map((c) => c.name), ['（一）主动公开数据', '（二）其他']);
  const [table] = section.children[0].children;
  assert.equal(table.kind, 'table');
  assert.deepEqual([table.range.start.line, table.range.end.line], [3, 5]);
  assert.deepEqual([section.children[0].range.start.line, section.children[0].range.end.line], [2, 5]);
});

test('every corpus outline nests ranges properly', () => {
  for (const file of CORPUS_FILES) assertNested(outline(parseReport(corpusText(file.slice(0, 3)))));
});

test('a text with no headings has an empty outline', () => {
  assert.deepEqual(outline(parseReport('')), []);
  assert.deepEqual(outline(parseReport('随便写点什么。\n（一）不是报告\n')), []);
});
