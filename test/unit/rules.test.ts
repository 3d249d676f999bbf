import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkReport, checkText, hoverAt, parseReport, RULES } from '../../server/src/core/index';
import { applyFix, checkFix, findings, fixtureText, replaceNth, textAt, where } from '../support/findings';

const rows2019 = fixtureText('balanced/2019-rows.txt');
const rows2021 = fixtureText('balanced/2021-rows.txt');
const cells2019 = fixtureText('balanced/2019-cells.txt');
const pipes2021 = fixtureText('balanced/2021-pipes.md');

interface Case {
  rule: string;
  name: string;
  text: string;
  /** The text each finding of the rule underlines, in order. */
  underlines: string[];
  /** The message of the first finding matches this. */
  message?: RegExp;
  /** Apply the first finding's first fix and check it; the fix's new text. */
  fix?: {
    newText?: RegExp;
    safe: boolean;
    allowNew?: string[];
    /** False when the fix mends one of several faults: the others then read differently (another cell becomes the one wrong cell). */
    alone?: boolean;
  };
  /** The rules of the other findings at error or warning level, in document order. */
  others?: string[];
  /** Last year's report, for the identity across years. */
  previous?: string;
}

const swap = (text: string, a: string, b: string) => {
  assert.ok(text.includes(a), `fixture has no ${JSON.stringify(a)}`);
  return text.replace(a, b);
};
const line = (text: string, n: number) => text.split('\n')[n - 1];
const withLine = (text: string, n: number, replacement: string) => {
  const lines = text.split('\n');
  lines[n - 1] = replacement;
  return lines.join('\n');
};
const withoutLines = (text: string, from: number, to: number) => {
  const lines = text.split('\n');
  lines.splice(from - 1, to - from + 1);
  return lines.join('\n');
};

// Line numbers refer to test/fixtures/balanced/2019-rows.txt.
const CASES: Case[] = [
  {
    rule: 'wrong-cell',
    name: 'a row 总计 that is not the sum of its row is the one wrong cell',
    text: swap(rows2019, '（一）予以公开\t\t2\t1\t0\t0\t0\t0\t3', '（一）予以公开\t\t2\t1\t0\t0\t0\t0\t4'),
    underlines: ['4'],
    message: /^表三 （一）予以公开 · 总计：填写为 4，但 2 项勾稽关系要求应为 3（计算值）：行总计, （七）总计$/,
    fix: { newText: /^3$/, safe: false },
  },
  {
    rule: 'wrong-cell',
    name: 'in the cell-per-line layout',
    text: replaceNth(cells2019, /^\t5$/m, 1, '\t6'), // 一、本年新收 总计
    underlines: ['6'],
    fix: { newText: /^5$/, safe: false },
  },
  {
    rule: 'wrong-cell',
    name: 'an ordinary cell, not a total: found at itself, not at the totals it feeds',
    text: swap(rows2019, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t2\t'),
    underlines: ['2'],
    message: /（二）部分公开.* · 自然人：填写为 2，但 2 项勾稽关系要求应为 1（计算值）：行总计, （七）总计$/,
    fix: { newText: /^1$/, safe: false },
  },
  {
    rule: 'wrong-cell',
    name: 'a （七）总计 cell breaks three identities',
    text: swap(rows2019, '（七）总计\t\t4\t', '（七）总计\t\t5\t'),
    underlines: ['5'],
    message: /（七）总计 · 自然人：填写为 5，但 3 项勾稽关系要求应为 4（计算值）：行总计, （七）总计, 一 \+ 二 = （七） \+ 四$/,
    fix: { newText: /^4$/, safe: false },
  },
  {
    rule: 'wrong-cell',
    name: 'a 结转下年度 cell that breaks its column’s balance and its row',
    text: withLine(rows2019, 58, '四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t0'),
    underlines: ['1'],
    message: /四、结转下年度继续办理 · 自然人：填写为 1，但 2 项勾稽关系要求应为 0（计算值）：行总计, 一 \+ 二 = （七） \+ 四$/,
    fix: { newText: /^0$/, safe: false },
  },
  {
    rule: 'row-total',
    name: 'two row totals wrong: each broken row once, with the numbers as written',
    text: swap(
      swap(rows2019, '（一）予以公开\t\t2\t1\t0\t0\t0\t0\t3', '（一）予以公开\t\t2\t1\t0\t0\t0\t0\t4'),
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t0\t0\t0\t0\t0\t1',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t0\t0\t0\t0\t0\t0',
    ),
    underlines: ['4', '0'],
    message: /^（一）予以公开 · 总计：总计 4 ≠ 2 \+ 1 \+ 0 \+ 0 \+ 0 \+ 0，各项之和（计算值）3$/,
    fix: { newText: /^3$/, safe: false, alone: false },
  },
  {
    rule: 'result-total',
    name: 'two （七）总计 cells wrong: their columns’ sums and balances, each once',
    text: swap(rows2019, '（七）总计\t\t4\t1\t', '（七）总计\t\t5\t0\t'),
    underlines: ['5', '0'],
    others: ['column-balance', 'column-balance'],
    message: /^（七）总计 · 自然人：总计 5 ≠ 2 \+ 1 \+ 1（其余 \d+ 项为 0），各项之和（计算值）4$/,
    fix: { newText: /^4$/, safe: false, alone: false },
  },
  {
    rule: 'column-balance',
    name: '一 + 二 ≠ （七） + 四 in two columns, while 四’s row adds up',
    text: withLine(rows2019, 58, '四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1'),
    underlines: ['1', '1'],
    message: /^自然人列：一 \+ 二 = 3 \+ 1，之和（计算值）4；但（七）总计 \+ 四 = 4 \+ 1，之和（计算值）5$/,
  },
  {
    rule: 'carried-over',
    name: 'this year’s 上年结转 is not what last year’s report carried forward',
    text: rows2019,
    previous: withLine(swap(rows2019, '2020年', '2019年'), 58, '四、结转下年度继续办理\t\t\t3\t0\t0\t0\t0\t0\t3'),
    underlines: ['1', '1'], // 自然人 and 总计
    message: /二、上年结转政府信息公开申请数量 · 自然人：上年结转 1，但上一年度报告（last-year\.txt）结转下年度为 3/,
    fix: { newText: /^3$/, safe: false, allowNew: ['wrong-cell'] },
  },
  {
    rule: 'review-total',
    name: 'a 表四 group total that is not the sum of the four before it: any of the five may be wrong',
    text: withLine(rows2019, 64, '1\t0\t0\t0\t1\t0\t1\t0\t1\t3\t0\t0\t0\t0\t0'),
    underlines: ['3'],
    message: /^行政诉讼（未经复议直接起诉） · 总计：总计 3 ≠ 0 \+ 1 \+ 0 \+ 1，各项之和（计算值）2；这五个单元格中任何一个都可能填错$/,
    fix: { newText: /^2$/, safe: false },
  },
  {
    rule: 'review-total',
    name: 'a 表四 part changed is reported at its group’s 总计',
    text: withLine(rows2019, 64, '1\t0\t0\t0\t1\t0\t1\t0\t0\t2\t0\t0\t0\t0\t0'),
    underlines: ['2'],
    fix: { newText: /^1$/, safe: false },
  },
  {
    rule: 'item-change',
    name: '上一年 ± 增减 ≠ 处理决定数量',
    text: swap(rows2019, '行政许可\t10\t增加5\t15', '行政许可\t10\t增加5\t16'),
    underlines: ['16'],
    message: /10 \+ 本年增\/减 5 = 15（计算值） ≠ 处理决定数量 16/,
  },
  {
    rule: 'blank-cell',
    name: 'a blank cell is filled with 0',
    text: swap(rows2019, '二、上年结转政府信息公开申请数量\t\t\t1\t0', '二、上年结转政府信息公开申请数量\t\t\t1\t'),
    underlines: ['\t'],
    message: /二、上年结转政府信息公开申请数量 · 商业企业：空白单元格，应填 0/,
    fix: { newText: /^0$/, safe: true },
  },
  {
    rule: 'blank-cell',
    name: 'a blank total is filled with its sum',
    text: swap(rows2019, '一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t1\t0\t5', '一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t1\t0\t'),
    underlines: ['\t'],
    message: /合计单元格空白，应为 5/,
    fix: { newText: /^5$/, safe: true },
  },
  {
    rule: 'blank-cell',
    name: 'a blank cell that alone explains the broken identities is filled with what they need, by the drafter',
    text: swap(rows2019, '一、本年新收政府信息公开申请数量\t\t\t3\t1\t', '一、本年新收政府信息公开申请数量\t\t\t3\t\t'),
    underlines: ['\t'],
    message: /一、本年新收政府信息公开申请数量 · 商业企业：空白单元格，按勾稽关系（行总计, 一 \+ 二 = （七） \+ 四）应为 1（计算值）/,
    fix: { newText: /^1$/, safe: false },
  },
  {
    rule: 'blank-cell',
    name: 'a `/` is reported like a blank, and its fix is left to the drafter',
    text: swap(rows2019, '行政强制\t0\t0\t0', '行政强制\t/\t0\t0'),
    underlines: ['/'],
    message: /“\/”不是数字/,
    fix: { newText: /^0$/, safe: false },
  },
  {
    rule: 'blank-cell',
    name: 'a blank cell in a pipe table is filled inside its padding',
    text: swap(pipes2021, '| 行政强制 | 0 |', '| 行政强制 |  |'),
    underlines: ['  '],
    fix: { newText: /^0$/, safe: true },
  },
  {
    rule: 'malformed-number',
    name: 'full-width digits in a cell',
    text: swap(rows2019, '行政许可\t10\t', '行政许可\t１０\t'),
    underlines: ['１０'],
    message: /使用了全角数字/,
    fix: { newText: /^10$/, safe: true },
  },
  {
    rule: 'malformed-number',
    name: 'thousands separators',
    text: swap(rows2019, '行政处罚\t4\t0\t4', '行政处罚\t4,000\t0\t4,000'),
    underlines: ['4,000', '4,000'],
    fix: { newText: /^4000$/, safe: true },
  },
  {
    rule: 'malformed-number',
    name: 'a unit in a 万元 column is converted to 万元',
    text: swap(rows2021, '行政事业性收费\t0.35', '行政事业性收费\t3500元'),
    underlines: ['3500元'],
    message: /列标题已注明单位“万元”/,
    fix: { newText: /^0\.35$/, safe: false },
  },
  {
    rule: 'malformed-number',
    name: 'full-width digits in prose',
    text: swap(rows2019, '发布信息120条', '发布信息１２０条'),
    underlines: ['１２０'],
    fix: { newText: /^120$/, safe: true },
  },
  {
    rule: 'malformed-number',
    name: 'a letter among 表四’s numbers is reported, and the table is still read',
    text: withLine(rows2019, 64, '1\t0\t0\t0\t1\t0\t1\t0\t1\t2\t0\t0\t1O\t0\t0'),
    underlines: ['1O'],
    message: /“1O”不是数字/,
  },
  {
    rule: 'column-count',
    name: 'eight numbers for seven columns',
    text: swap(rows2019, '2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0', '2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0\t0'),
    underlines: ['0'],
    message: /有 8 个数字，但表格只有 7 列/,
  },
  {
    rule: 'column-count',
    name: 'a half-typed row',
    text: swap(rows2019, '3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0', '3.补正后申请内容仍不明确\t0\t0\t0\t0\t0'),
    underlines: ['3.补正后申请内容仍不明确'],
    message: /只有 5 个数字，应有 7 个/,
  },
  {
    rule: 'missing-row',
    name: 'a row of 表三 deleted',
    text: withoutLines(rows2019, 52, 52),
    underlines: ['3.要求提供公开出版物'],
    message: /表三缺少“2\.重复申请”行/,
  },
  {
    rule: 'empty-section',
    name: 'section 六 with nothing in it',
    text: swap(rows2019, '六、其他需要报告的事项\n无。', '六、其他需要报告的事项\n'),
    underlines: ['六、其他需要报告的事项'],
    fix: { newText: /无。/, safe: false },
  },
  {
    rule: 'empty-section',
    name: 'section 三 with its table deleted gets the standard table back',
    text: withoutLines(rows2019, 33, 58),
    underlines: ['三、收到和处理政府信息公开申请情况'],
    fix: { newText: /（七）总计/, safe: false },
  },
  {
    rule: 'missing-section',
    name: 'section 五 deleted',
    text: withoutLines(rows2019, 66, 72),
    underlines: ['六、其他需要报告的事项'],
    message: /缺少“五、存在的主要问题及改进情况”部分/,
    fix: { newText: /^五、存在的主要问题及改进情况/, safe: false, allowNew: ['empty-section'] },
  },
  {
    rule: 'missing-table',
    name: 'section 四 with text but no table',
    text: withoutLines(withLine(rows2019, 61, '本年度未发生行政复议、行政诉讼。'), 62, 64),
    underlines: ['四、政府信息公开行政复议、行政诉讼情况'],
    fix: { newText: /结果维持/, safe: false },
  },
  {
    rule: 'image-table',
    name: '表四 pasted as a picture',
    text: withoutLines(withLine(rows2019, 61, '[image: ]'), 62, 64),
    underlines: ['[image: ]'],
    fix: { newText: /^行政复议/, safe: false },
  },
  {
    rule: 'section-order',
    name: 'a heading numbered other than its content',
    text: swap(rows2019, '五、存在的主要问题及改进情况', '七、存在的主要问题及改进情况'),
    underlines: ['七、存在的主要问题及改进情况'],
    fix: { newText: /^五$/, safe: false },
  },
  {
    rule: 'section-order',
    name: 'sections out of order',
    text: swap(rows2019, '二、主动公开政府信息情况', '四、政府信息公开行政复议情况说明').replace(
      '四、政府信息公开行政复议、行政诉讼情况',
      '二、主动公开政府信息情况',
    ),
    underlines: ['三、收到和处理政府信息公开申请情况', '二、主动公开政府信息情况'],
  },
  {
    rule: 'heading-sequence',
    name: 'a skipped sub-heading number',
    text: swap(rows2019, '（二）改进情况', '（三）改进情况'),
    underlines: ['（三）'],
    message: /跳号，应为（二）/,
    fix: { newText: /^（二）$/, safe: false },
  },
  {
    rule: 'heading-sequence',
    name: 'a repeated sub-heading: the fix renumbers the ones after it too',
    // As in corpus 004: （一）（二）（二）（三）.
    text: swap(rows2019, '（二）改进情况', '（二）其他问题\n（二）改进情况\n（三）下一步打算'),
    underlines: ['（二）'],
    message: /重复，应为（三）/,
    fix: { newText: /^（三）$/, safe: false },
  },
  {
    rule: 'prose-sum',
    name: 'the parts after 其中 add up to more than the total',
    text: swap(rows2019, '工作动态90条', '工作动态95条'),
    underlines: ['120'],
    message: /“其中”所列各项之和 30 \+ 95 = 125条（计算值），超过总数 120条/,
  },
  {
    rule: 'prose-table',
    name: 'prose that disagrees with 表四',
    text: swap(rows2019, '四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况\n本年度被申请行政复议2件。'),
    underlines: ['2'],
    message: /正文写明行政复议2件，但表四合计为 1/,
  },
  {
    rule: 'fee-report',
    name: 'a 2021-format report whose section 六 says nothing of fees',
    text: swap(rows2021, '本年度未收取信息处理费。', '无。'),
    underlines: ['六、其他需要报告的事项'],
  },
  {
    rule: 'format-version',
    name: 'a 2021 header in a 2019 table',
    text: withLine(rows2019, 14, '信息内容\t本年制发件数\t本年废止件数\t现行有效件数'),
    underlines: ['本年制发件数'],
    message: /表二混用了两个格式版本/,
  },
  {
    rule: 'format-version',
    name: 'last year’s format in a report on 2022',
    text: swap(swap(rows2019, '2020年政府信息公开工作年度报告', '2022年政府信息公开工作年度报告'), '六、其他需要报告的事项\n无。', '六、其他需要报告的事项\n本年度未收取信息处理费。'),
    underlines: ['本年新制作数量', '（六）其他处理'],
    message: /表二使用的是 2019 年格式，2022 年度报告应使用 2021 年格式/,
    // The rewrite in the 2021 format leaves the cells that format adds blank, for the drafter to fill.
    fix: { safe: false, allowNew: ['blank-cell'] },
  },
  {
    rule: 'unreadable-table',
    name: 'a row that lost its label where two official rows are missing: placed nowhere, said once',
    text: swap(
      rows2021,
      '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t0\t0\t0\t0\t0\t1\n\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n',
      '\t\t\t1\t0\t0\t0\t0\t0\t1\n',
    ),
    underlines: ['1'],
    message: /^表三无法可靠读取：部分行缺少行名，无法确定其在官方表格中的位置；未核对该表的勾稽关系$/,
  },
];

describe('each rule on its own fixture', () => {
  it('every rule has at least one case', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    assert.deepEqual(RULES.map((r) => r.id).filter((id) => !covered.has(id)), []);
  });

  for (const c of CASES) {
    it(`${c.rule}: ${c.name}`, () => {
      const all = findings(c.text, undefined, c.previous);
      const mine = all.filter((f) => f.rule === c.rule);
      assert.deepEqual(mine.map((f) => textAt(c.text, f.range)), c.underlines);
      // Nothing else at error or warning level: one fault, one finding.
      assert.deepEqual(all.filter((f) => f.rule !== c.rule && f.severity !== 'information').map((f) => f.rule), c.others ?? []);
      if (c.message) assert.match(mine[0].message, c.message);
      if (c.fix) {
        const fix = mine[0].fixes[0];
        assert.ok(fix, 'a fix is offered');
        assert.equal(fix.safe, c.fix.safe);
        if (c.fix.newText) assert.match(fix.edits[0].newText.trim(), c.fix.newText);
        if (c.fix.alone === false) assert.ok(!findings(applyFix(c.text, fix)).some((f) => where(f) === where(mine[0])), 'the fix removes its finding');
        else checkFix(c.text, mine[0], fix, c.fix.allowNew, c.previous);
      } else {
        assert.equal(mine[0].fixes.length, 0);
      }
    });
  }
});

describe('the arithmetic of the tables', () => {
  const firstTotal = ['（一）予以公开\t\t2\t1\t0\t0\t0\t0\t3', '（一）予以公开\t\t2\t1\t0\t0\t0\t0\t4'] as const;
  const reviewLine = '1\t0\t0\t0\t1\t0\t1\t0\t1\t3\t0\t0\t0\t0\t0'; // 表四: the second group's 总计 3 ≠ 2

  it('a wrong cell in 表三 and another in 表四 are told apart: the tables share no cell', () => {
    const text = withLine(swap(rows2019, ...firstTotal), 64, reviewLine);
    assert.deepEqual(
      findings(text).map((f) => `${f.rule} ${textAt(text, f.range)}`),
      ['wrong-cell 4', 'review-total 3'],
    );
  });

  it('two wrong cells in 表三: each broken identity once, under its own rule, none at a cell that was not changed', () => {
    // （一）'s 自然人 and （二）'s 商业企业: rows （一） and （二）, and （七）总计 of both columns break.
    const text = swap(
      swap(rows2019, '（一）予以公开\t\t2\t', '（一）予以公开\t\t3\t'),
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t0\t',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t2\t',
    );
    const all = findings(text);
    assert.deepEqual(all.map((f) => `${f.rule} ${textAt(text, f.range)}`), ['row-total 3', 'row-total 1', 'result-total 4', 'result-total 1']);
    // Only numbers the document contains, and the sums labelled computed.
    assert.match(all[0].message, /^（一）予以公开 · 总计：总计 3 ≠ 3 \+ 1 \+ 0 \+ 0 \+ 0 \+ 0，各项之和（计算值）4$/);
  });

  it('a table that could not be read with certainty gets no arithmetic finding', () => {
    const report = parseReport(withLine(swap(rows2019, ...firstTotal), 64, reviewLine));
    report.applications!.uncertain = { why: 'digit-runs', range: report.applications!.section.heading.range };
    report.reviews!.uncertain = { why: 'digit-runs', range: report.reviews!.section.heading.range };
    // Said once per table, as information, and nothing from the arithmetic.
    assert.deepEqual(checkReport(report).findings.map((f) => `${f.rule} ${f.severity}`), ['unreadable-table information', 'unreadable-table information']);
  });

  it('hover on a cell shows every identity it takes part in, ✓ or the difference, on the numbers as written', () => {
    const text = swap(rows2019, ...firstTotal);
    const result = checkText(text);
    const cell = result.report.applications!.rows.find((r) => r.def.key === 'granted')!.values[6];
    const hover = hoverAt(result.math, cell.range.start)!;
    assert.match(hover.contents, /^- 行总计: 4 ≠ 2 \+ 1 \+ 0 \+ 0 \+ 0 \+ 0，相差 1$/m);
    assert.match(hover.contents, /^- （七）总计: 6 ≠ 4 \+ 1 \+ 2（其余 16 项为 0），相差 -1$/m);
    assert.match(hover.contents, /应为 3（计算值）/);
    const balanced = checkText(rows2019);
    const received = balanced.report.applications!.rows.find((r) => r.def.key === 'received')!.values[0];
    assert.match(hoverAt(balanced.math, received.range.start)!.contents, /^- 一 \+ 二 = （七） \+ 四: 3 \+ 1 = 4 \+ 0 ✓$/m);
  });

  it('prose-sum: counts in brackets after a part break that part down and are no parts of the list', () => {
    const sentence = '今年共发布380条财政资金信息，其中专项资金152条，预决算公开197条（政府预决算32条、部门预决算公开165条）、“三公”经费27条、债券发行4条。';
    const text = swap(rows2019, '发布信息120条', `${sentence}发布信息120条`);
    assert.deepEqual(findings(text).map((f) => f.rule), []);
    const wrong = swap(text, '债券发行4条', '债券发行5条');
    assert.deepEqual(findings(wrong).map((f) => `${f.rule} ${f.message}`), ['prose-sum “其中”所列各项之和 152 + 197 + 27 + 5 = 381条（计算值），超过总数 380条']);
  });
});

describe('balanced reports', () => {
  for (const name of ['2019-cells.txt', '2019-rows.txt', '2019-pipes.md', '2021-cells.txt', '2021-rows.txt', '2021-pipes.md']) {
    it(`${name} has no finding`, () => {
      assert.deepEqual(findings(fixtureText(`balanced/${name}`)).map((f) => `${f.rule}: ${f.message}`), []);
    });
  }
  it('the fixture line numbers used above are where the tests expect them', () => {
    assert.equal(line(rows2019, 58).split('\t')[0], '四、结转下年度继续办理');
    assert.equal(line(rows2019, 64), '1\t0\t0\t0\t1\t0\t1\t0\t1\t2\t0\t0\t0\t0\t0');
  });
});
