import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { agencyOf, checkText, type CheckResult, type Finding } from '../../server/src/core/index';
import { textAt } from '../support/findings';

/**
 * Reports agencies really published, as the text arrived from a PDF, a web page
 * or a converter (samples/published, audited by hand cell by cell; see its README).
 * Each fault it names is found at its line, nothing else at error or warning
 * level, and every table is read — not guessed, not given up on.
 */
const PUBLISHED = path.resolve(__dirname, '../../samples/published');

function check(name: string): { text: string; result: CheckResult; faults: Finding[] } {
  const text = readFileSync(path.join(PUBLISHED, name), 'utf8');
  const result = checkText(text);
  return { text, result, faults: result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning') };
}

/** `rule@line` with the 0-based line the samples' README uses. */
const at = (f: Finding) => `${f.rule}@${f.range.start.line}`;

function assertTablesRead({ report }: CheckResult, rows3: number): void {
  assert.equal(report.disclosure?.uncertain, undefined);
  assert.equal(report.applications?.uncertain, undefined);
  assert.equal(report.reviews?.uncertain, undefined);
  assert.equal(report.applications?.rows.length, rows3);
  assert.equal(report.reviews?.values.length, 15);
  for (const row of report.applications!.rows) assert.equal(row.values.length, 7, row.def.key);
}

describe('published reports', () => {
  it('huaian-szf-2024 (PDF text, space-aligned): every identity holds, nothing reported', () => {
    const { text, result, faults } = check('huaian-szf-2024.txt');
    assert.deepEqual(faults.map(at), []);
    assertTablesRead(result, 25);
    const rows = result.report.applications!.rows;
    // A row whose label wrapped above and below its numbers is placed by its order.
    const partly = rows.find((r) => r.def.key === 'partlyGranted')!;
    assert.deepEqual(partly.values.map((c) => textAt(text, c.range)), ['447', '7', '0', '0', '0', '0', '454']);
    assert.equal(partly.values[0].range.start.line, 130);
    assert.deepEqual(rows.find((r) => r.def.key === 'resultTotal')!.values.map((c) => c.text), ['2932', '53', '0', '0', '61', '4', '3050']);
    assert.deepEqual(result.report.disclosure!.groups.map((g) => [g.item, g.rows.map((r) => r.name)]), [
      [1, ['规章', '行政规范性文件']],
      [5, ['行政许可']],
      [6, ['行政处罚', '行政强制']],
      [8, ['行政事业性收费']],
    ]);
    // Page numbers and wrapped label fragments are neither sub-headings nor prose.
    assert.ok(result.report.sections.every((s) => s.subHeadings.every((h) => h.line < 112 || h.line > 198)));
  });

  it('hongze-qzf-2024 (PDF text): the 2019 row （六）其他处理 in a 2024 report, and nothing else', () => {
    const { text, result, faults } = check('hongze-qzf-2024.txt');
    assert.deepEqual(faults.map(at), ['format-version@128']);
    assert.equal(textAt(text, faults[0].range), '（六）其他处理');
    assertTablesRead(result, 23);
  });

  it('pingtan-2019 (web page, the whole report on one line): 表三 and 表四 split one way only and balance; 表二 said unreadable once', () => {
    const { text, result, faults } = check('pingtan-2019.txt');
    assert.deepEqual(faults.map(at), []);
    const { report } = result;
    assert.equal(report.sections.length, 6);
    assert.equal(report.applications?.uncertain, undefined);
    assert.equal(report.reviews?.uncertain, undefined);
    assert.equal(report.applications?.rows.length, 23);
    assert.deepEqual(report.reviews?.values.map((c) => c.text), Array(15).fill('0'));
    const granted = report.applications!.rows.find((r) => r.def.key === 'granted')!;
    assert.deepEqual(granted.values.map((c) => textAt(text, c.range)), ['7', '0', '0', '0', '0', '0', '7']);
    // 表二's `898989` in three count columns splits many ways: said once, as information.
    assert.deepEqual(result.findings.map((f) => `${f.rule} ${f.severity}`), ['unreadable-table information']);
    assert.match(result.findings[0].message, /^表二无法可靠读取/);
  });

  it('shanghai-kewei-2024 (converter Markdown): the blank 总计 of 四, the misnumbered headings, no arithmetic fault', () => {
    const { text, result, faults } = check('shanghai-kewei-2024.txt');
    assert.deepEqual(faults.map(at), [
      'section-order@30',
      'section-order@73',
      'section-order@91',
      'blank-cell@178',
      'section-order@180',
      'missing-section@205',
      'section-order@205',
    ]);
    const blank = faults.find((f) => f.rule === 'blank-cell')!;
    assert.match(blank.message, /四、结转下年度继续办理 · 总计/);
    assert.equal(blank.fixes[0].edits[0].newText, '1');
    assertTablesRead(result, 25);
    // Rows that lost their label are placed by their order: 无法提供 4 + 6 + 0, 其他处理 10 + 0 + 4, as the prose says.
    const value = (key: string) => result.report.applications!.rows.find((r) => r.def.key === key)!.values[6].text;
    assert.deepEqual(['notHeld', 'needsCreating', 'stillUnclear', 'overdueCorrection', 'overdueFee', 'otherHandlingOther'].map(value), ['4', '6', '0', '10', '0', '4']);
    // 表二's plain line `行政许可 97` and its pipe table are one table.
    assert.deepEqual(result.report.disclosure!.groups.map((g) => [g.item, g.rows.map((r) => `${r.name} ${r.values.map((c) => c.text).join(' ')}`)]), [
      [1, ['规章 0 0 0', '规范性文件 13 0 55']],
      [5, ['行政许可 97']],
      [6, ['行政处罚 0', '行政强制 0']],
      [8, ['行政事业性收费 0']],
    ]);
    assert.equal(textAt(text, blank.range).trim(), '');
  });

  it('prose-table: the application figures the prose states match 表三; one changed is found at the prose number', () => {
    const changed = (name: string, from: string, to: string) => {
      const text = readFileSync(path.join(PUBLISHED, name), 'utf8');
      assert.ok(text.includes(from));
      const edited = text.replace(from, to);
      return checkText(edited).findings.filter((f) => f.rule === 'prose-table').map((f) => `${at(f)} ${textAt(edited, f.range)} ${f.message}`);
    };
    // PDF text wraps the sentence: `答` / `复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度`.
    assert.deepEqual(changed('huaian-szf-2024.txt', '申请 3119 件', '申请 3120 件'), ['prose-table@31 3120 正文写明本年新收 3120件，但表三“一、本年新收政府信息公开申请数量”的总计为 3119']);
    assert.deepEqual(changed('huaian-szf-2024.txt', '复 3050 件', '复 3051 件'), ['prose-table@32 3051 正文写明办结 3051件，但表三“（七）总计”的总计为 3050']);
    assert.deepEqual(changed('huaian-szf-2024.txt', '结转申请 34 件', '结转申请 35 件'), ['prose-table@32 35 正文写明上年结转 35件，但表三“二、上年结转政府信息公开申请数量”的总计为 34']);
    assert.deepEqual(changed('huaian-szf-2024.txt', '另有 103 件', '另有 104 件'), ['prose-table@32 104 正文写明结转下年度 104件，但表三“四、结转下年度继续办理”的总计为 103']);
    assert.deepEqual(changed('shanghai-kewei-2024.txt', '上年结转政府信息公开\n申请 2 件', '上年结转政府信息公开\n申请 3 件'), ['prose-table@43 3 正文写明上年结转 3件，但表三“二、上年结转政府信息公开申请数量”的总计为 2']);
    // Its 四 总计 is blank: the figure it should hold is computed, and labelled so.
    assert.deepEqual(changed('shanghai-kewei-2024.txt', '的有 1 件', '的有 2 件'), ['prose-table@46 2 正文写明结转下年度 2件，但表三“四、结转下年度继续办理”的总计为 1（计算值）']);
  });

  it('the agency is read from each title: on two lines, after the year, or on the one line of the whole report', () => {
    const agency = (name: string) => agencyOf(check(name).result.report);
    assert.deepEqual(
      ['hongze-qzf-2024.txt', 'huaian-szf-2024.txt', 'pingtan-2019.txt', 'shanghai-kewei-2024.txt'].map(agency),
      ['淮安市洪泽区人民政府', '淮安市人民政府', '平潭综合实验区', '上海市科委'],
    );
  });
});
