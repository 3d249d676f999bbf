import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../../server/src/core/index';
import { corpusText } from '../corpus';
import { findings, textAt, where } from '../support/findings';

/**
 * Every fault FORMAT.md lists for the real drafts is found by the right rule at
 * the right cell or heading, and nothing else is reported at error level.
 */
describe('the corpus of real drafts', () => {
  it('000: 7347−179≠7258 (information) and the blank 总计 of row 8.属于行政查询事项', () => {
    const text = corpusText('000');
    const all = findings(text);
    assert.deepEqual(all.map(where), ['item-change@46:2', 'blank-cell@229:1']);
    const [change, blank] = all;
    assert.equal(change.severity, 'information');
    assert.equal(textAt(text, change.range), '7258');
    assert.match(change.message, /7347 − 本年增\/减 179 = 7168（计算值） ≠ 处理决定数量 7258/);
    assert.match(blank.message, /8\.属于行政查询事项 · 总计/);
    // The blank total is filled with the sum of its row, not blindly with 0.
    assert.equal(blank.fixes[0].edits[0].newText, '0');
    assert.equal(blank.fixes[0].safe, true);
  });

  it('001: the malformed number 31 .3万人次 in prose', () => {
    const text = corpusText('001');
    const all = findings(text);
    assert.deepEqual(all.map(where), ['malformed-number@13:40']);
    assert.equal(textAt(text, all[0].range), '31 .3');
    assert.equal(all[0].fixes[0].edits[0].newText, '31.3');
  });

  it('002: blank cells throughout 表三, 表二 cells padded with full-width spaces, section 六 empty', () => {
    const text = corpusText('002');
    const all = findings(text);
    const byRule = (rule: string) => all.filter((f) => f.rule === rule);
    assert.deepEqual([...new Set(all.map((f) => f.rule))].sort(), ['blank-cell', 'empty-section', 'malformed-number']);
    // 表三: 23 rows × 7 cells; 25 hold a number (every 总计, and 自然人 of rows 一 and （一）).
    assert.equal(byRule('blank-cell').length, 23 * 7 - 25);
    // A cell of one no-break space (U+00A0, as Word exports it) or an empty cell,
    // underlined with the TAB before it so the squiggle is visible.
    for (const f of byRule('blank-cell')) assert.match(textAt(text, f.range), /^[\t\u00a0]$/);
    // Every 表二 cell with a full-width space, and only those.
    const padded = byRule('malformed-number');
    assert.equal(padded.length, 18);
    for (const f of padded) assert.match(textAt(text, f.range), /^\u3000*0\u3000*$/);
    assert.deepEqual(byRule('empty-section').map(where), ['empty-section@404:1']);
    assert.equal(textAt(text, byRule('empty-section')[0].range), '六、其他需要报告的事项');
    // （七）总计's blank 自然人 is a total: its fix writes the sum of the results, 1.
    const seventh = byRule('blank-cell').find((f) => f.message.startsWith('（七）总计 · 自然人'))!;
    assert.equal(seventh.fixes[0].edits[0].newText, '1');
  });

  it('003: mixed 2019/2021 表二, 行政许可 0 8 0, eight numbers for seven columns, 2500 万', () => {
    const text = corpusText('003');
    const all = findings(text);
    assert.deepEqual(all.map(where), [
      'format-version@20:6',
      'format-version@21:1',
      'item-change@24:10',
      'malformed-number@35:11',
      'column-count@62:11',
      'column-count@63:9',
    ]);
    assert.equal(textAt(text, all[0].range), '本年制发件数');
    assert.equal(textAt(text, all[1].range), '行政规范性文件');
    assert.equal(textAt(text, all[3].range), '2500 万');
    assert.match(all[4].message, /（六）其他处理.*8.*7/);
    assert.match(all[5].message, /（七）总计.*8.*7/);
  });

  it('004: 表二 and 表四 are images, section 三 is empty, （二） twice in section 一', () => {
    const text = corpusText('004');
    const all = findings(text);
    assert.deepEqual(all.map(where), ['heading-sequence@10:1', 'image-table@18:1', 'empty-section@19:1', 'image-table@21:1']);
    assert.equal(textAt(text, all[0].range), '（二）');
    assert.equal(textAt(text, all[1].range), '[image: ]');
    assert.equal(textAt(text, all[2].range), '三、收到和处理政府信息公开申请情况');
  });

  it('reports the year and format version of each draft', () => {
    const info = ['000', '001', '002', '003', '004'].map((p) => {
      const { report } = checkText(corpusText(p));
      return `${report.year?.value}/${report.format}/${report.layout}`;
    });
    assert.deepEqual(info, ['2020/2019/cells', '2019/2019/cells', '2020/2019/cells', '2020/mixed/rows', '2019/undefined/rows']);
  });
});
