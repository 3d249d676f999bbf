import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  APPLICATION_COLUMNS,
  applicationRowsFor,
  checkText,
  DISCLOSURE_GROUPS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  tableView,
  TextLines,
  type Range,
  type TableView,
  type TableViewCell,
  type TableViewRow,
} from '../../server/src/core/index';
import { corpusText } from '../corpus';
import { fixtureText, textAt } from '../support/findings';

const viewOf = (text: string) => tableView(checkText(text));

function rowOf(view: TableView, table: 2 | 3 | 4, label: string): TableViewRow {
  const row = view.tables.find((t) => t.table === table)?.groups.flatMap((g) => g.rows).find((r) => r.label === label);
  assert.ok(row, `表${table} has a row ${label}`);
  return row;
}

function allCells(view: TableView): TableViewCell[] {
  return view.tables.flatMap((t) => t.groups.flatMap((g) => g.rows.flatMap((r) => r.cells)));
}

/** Replaces the text at `range`. */
function replaceAt(text: string, range: Range, newText: string): string {
  const lines = new TextLines(text);
  return text.slice(0, lines.offsetAt(range.start)) + newText + text.slice(lines.offsetAt(range.end));
}

const GRANTED = '（一）予以公开';

describe('the table view', () => {
  // One cell per line (layout A), as Word pastes it: the view is what makes such a table readable.
  const balanced = fixtureText('balanced/2021-cells.txt');

  it('draws the official grids of a cell-per-line draft: official labels and columns, every cell at its text', () => {
    const view = viewOf(balanced);
    assert.equal(view.version, '2021');
    assert.deepEqual(view.tables.map((t) => [t.title, t.state]), [
      ['表二 主动公开政府信息情况', 'table'],
      ['表三 收到和处理政府信息公开申请情况', 'table'],
      ['表四 政府信息公开行政复议、行政诉讼情况', 'table'],
    ]);
    const [disclosure, applications, reviews] = view.tables;
    assert.deepEqual(disclosure.groups.map((g) => g.label), ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    assert.deepEqual(disclosure.groups.map((g) => g.columns.map((c) => c.label)), DISCLOSURE_GROUPS['2021'].map((g) => g.columns.map((c) => c.name)));
    assert.deepEqual(disclosure.groups.map((g) => g.rows.map((r) => r.label)), DISCLOSURE_GROUPS['2021'].map((g) => g.rows));
    assert.deepEqual(applications.groups[0].columns.map((c) => c.label), [...APPLICATION_COLUMNS]);
    assert.deepEqual(applications.groups[0].rows.map((r) => r.label), applicationRowsFor('2021').map((d) => d.label));
    assert.deepEqual(applications.groups[0].rows.filter((r) => r.heading).map((r) => r.heading), ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
    assert.deepEqual(reviews.groups[0].columns.map((c) => c.label), [...REVIEW_COLUMNS]);
    assert.deepEqual(reviews.groups[0].rows.map((r) => r.label), [...REVIEW_GROUPS]);

    const cells = allCells(view);
    assert.equal(cells.length, 10 + 7 * 25 + 15);
    for (const cell of cells) {
      assert.equal(cell.kind, 'number');
      assert.equal(textAt(balanced, cell.range!), cell.text, 'the range is the exact text of the cell');
      assert.deepEqual(cell.findings, []);
    }
    assert.deepEqual(rowOf(view, 3, GRANTED).cells.map((c) => c.value), [2, 1, 0, 0, 0, 0, 3]);
    assert.ok(view.tables.every((t) => t.findings.length === 0));
  });

  it('keeps the official label where the draft mangles it, and says what the draft wrote', () => {
    const official = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
    const view = viewOf(balanced.replace(official, '(二) 部分公开'));
    const row = rowOf(view, 3, official);
    assert.equal(row.written, '(二) 部分公开');
    assert.deepEqual(row.cells.map((c) => c.value), [1, 0, 0, 0, 0, 0, 1]);
    assert.equal(rowOf(view, 3, GRANTED).written, undefined, 'a label written as the official one says nothing more');
  });

  it('marks the cell a changed number makes wrong, with its finding, and explains the totals it breaks', () => {
    const before = rowOf(viewOf(balanced), 3, GRANTED).cells[0];
    const changed = replaceAt(balanced, before.range!, '5');
    const view = viewOf(changed);
    const [natural, , , , , , total] = rowOf(view, 3, GRANTED).cells;
    assert.equal(textAt(changed, natural.range!), '5');
    assert.deepEqual(natural.findings.map((f) => [f.rule, f.severity]), [['wrong-cell', 'error']]);
    assert.match(natural.findings[0].message, /^表三 （一）予以公开 · 自然人：填写为 5，但 .*应为 2（计算值）/);
    assert.equal(natural.should, '应为 2（计算值）');
    // Only that cell is marked, though it breaks the row's 总计 and （七）总计.
    assert.deepEqual(allCells(view).filter((c) => c.findings.length > 0), [natural]);
    assert.ok(total.checks.includes('行总计: 3 ≠ 5 + 1 + 0 + 0 + 0 + 0，相差 -3'), total.checks.join('\n'));
  });

  it('a row of cells (layout B): an empty cell is marked on itself, in the middle of a row or at its end beside another', () => {
    const base = fixtureText('balanced/2019-rows.txt');
    for (const [row, rules] of [
      ['行政强制\t0\t\t0', [[], ['blank-cell'], []]],
      ['行政强制\t0\t\t', [[], ['blank-cell'], ['blank-cell']]],
    ] as const) {
      const view = viewOf(base.replace('行政强制\t0\t0\t0', row));
      const cells = rowOf(view, 2, '行政强制').cells;
      assert.deepEqual(cells.map((c) => c.findings.map((f) => f.rule)), rules, row);
      assert.deepEqual(rowOf(view, 2, '行政强制').findings, [], row);
    }
  });

  it('000, a real cell-per-line draft: the blank 总计 is marked blank with its finding, a total shows its sum', () => {
    const text = corpusText('000');
    const view = viewOf(text);
    assert.equal(view.version, '2019');
    const blank = rowOf(view, 3, '8.属于行政查询事项').cells[6];
    assert.equal(blank.kind, 'blank');
    assert.deepEqual(blank.findings.map((f) => f.rule), ['blank-cell']);
    assert.equal(blank.should, '应为 0（计算值）');
    const received = rowOf(view, 3, '一、本年新收政府信息公开申请数量').cells[6];
    assert.equal(textAt(text, received.range!), '33');
    assert.deepEqual(received.checks, ['行总计: 33 = 31 + 2 + 0 + 0 + 0 + 0 ✓', '一 + 二 = （七） + 四: 33 + 0 = 33 + 0 ✓']);
    // item-change is on 表二's 处理决定数量 of 其他对外管理服务事项.
    const other = rowOf(view, 2, '其他对外管理服务事项');
    assert.deepEqual(other.cells.map((c) => c.findings.map((f) => f.rule)), [[], [], ['item-change']]);
  });

  it('002: malformed numbers are said so; 003: a row the draft lacks, a heading it writes in the other version, surplus numbers on the row', () => {
    // Full-width spaces around the 0s of 表二.
    const padded = rowOf(viewOf(corpusText('002')), 2, '行政许可').cells;
    assert.ok(padded.every((c) => c.malformed && c.value === 0 && c.findings[0].rule === 'malformed-number'));

    const view = viewOf(corpusText('003'));
    assert.equal(view.version, '2019', 'a mixed draft follows its year');
    assert.equal(rowOf(view, 2, '规章').missing, true);
    assert.ok(rowOf(view, 2, '规章').cells.every((c) => c.kind === 'absent' && !c.range));
    assert.equal(rowOf(view, 2, '规范性文件').written, '行政规范性文件');
    assert.deepEqual(view.tables[0].groups[0].columns.map((c) => c.written), ['本年制发件数', '本年废止件数', '现行有效件数']);
    assert.deepEqual(view.tables[0].findings.map((f) => f.rule), ['format-version'], 'the header row is on no row of the grid');
    assert.deepEqual(rowOf(view, 3, '（七）总计').findings.map((f) => f.rule), ['column-count']);
    const amount = rowOf(view, 2, '政府集中采购').cells[1];
    assert.deepEqual([amount.text, amount.findings[0].rule], ['2500 万', 'malformed-number']);
  });

  it('a row of the other version stays in the grid, in its official place, said so', () => {
    const view = viewOf(fixtureText('balanced/2021-cells.txt').replace(/\t1\.申请人无正当理由逾期不补正[^\n]*/, '\t（六）其他处理'));
    const rows = view.tables[1].groups[0].rows.map((r) => r.label);
    const other = rows.indexOf('（六）其他处理');
    assert.ok(other > 0 && rows[other + 1].startsWith('1.申请人无正当理由逾期不补正'), rows.join('\n'));
    assert.equal(rowOf(view, 3, '（六）其他处理').otherVersion, true);
    assert.equal(rowOf(view, 3, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请').missing, true);
  });

  it('a report without tables draws the official grids empty', () => {
    const view = viewOf(corpusText('004'));
    assert.deepEqual(view.tables.map((t) => t.state), ['image', 'absent', 'image']);
    assert.ok(allCells(view).every((c) => c.kind === 'absent'));
  });
});
