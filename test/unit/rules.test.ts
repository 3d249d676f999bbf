import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkReport, checkText, hoverAt, parseReport, RULES } from '../../server/src/core/index';
import { RULE_CASES, rows2019 } from '../ruleCases';
import { applyFix, checkFix, findings, fixtureText, textAt, where } from '../support/findings';
import { line, swap, withLine } from '../support/fixtureEdits';

describe('each rule on its own fixture', () => {
  it('every rule has at least one case', () => {
    const covered = new Set(RULE_CASES.map((c) => c.rule));
    assert.deepEqual(RULES.map((r) => r.id).filter((id) => !covered.has(id)), []);
  });

  for (const c of RULE_CASES) {
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
    // Two empty cells ending a row: each one's squiggle shows its own hover, though the last one's touches the TAB the other is marked on.
    const blanks = checkText(swap(rows2019, '一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t1\t0\t5', '一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t1\t\t'));
    const marks = blanks.findings.filter((f) => f.rule === 'blank-cell').map((f) => hoverAt(blanks.math, f.range.start)!.contents.split('\n')[0]);
    assert.deepEqual(marks, ['**一、本年新收政府信息公开申请数量 · 其他**', '**一、本年新收政府信息公开申请数量 · 总计**']);
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
