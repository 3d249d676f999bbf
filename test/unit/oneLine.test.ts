import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { APPLICATION_ROWS, checkText, outline, parseReport, type Range, type Report } from '../../server/src/core/index';
import { splitDigitRun } from '../../server/src/core/parse/oneLine/digitRun';
import { findLabelledRuns, officialNumber } from '../../server/src/core/parse/oneLine/labelledRuns';
import { totalsHold } from '../../server/src/core/parse/oneLine/totalsHold';
import { cpuMs } from '../support/cpuTime';
import { applyFix, findings, fixtureText } from '../support/findings';

const PINGTAN = readFileSync(path.resolve(__dirname, '../../samples/published/pingtan-2019.txt'), 'utf8');
const rowTotal = totalsHold(7);

/** The characters a range covers, on one line of the report. */
function at(report: Report, { start, end }: Range): string {
  assert.equal(start.line, end.line);
  return report.lines.lines[start.line].slice(start.character, end.character);
}

function valuesOf(report: Report, key: string): string[] {
  const row = report.applications!.rows.find((r) => r.def.key === key)!;
  return row.values.map((c) => at(report, c.range));
}

describe('a report on one line (layout F, pingtan-2019)', () => {
  const report = parseReport(PINGTAN);

  it('finds the six sections inline, with the heading ranges on line 1', () => {
    assert.deepEqual(report.sections.map((s) => s.id), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(report.sections.map((s) => at(report, s.heading.range)), [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    for (const s of report.sections) {
      assert.equal(s.startLine, 1);
      assert.equal(s.endLine, 1);
      assert.ok(s.hasContent);
    }
    // The preamble lists the sections without numbers (`本报告包括总体情况、…`): no heading there.
    assert.ok(report.sections[0].heading.range.start.character > report.lines.lines[1].indexOf('本报告包括总体情况'));
  });

  it('recognises the year and the 2019 format', () => {
    assert.equal(report.year?.value, 2019);
    assert.equal(report.format, '2019');
  });

  it('reads 表三 with certainty: every 2019 row, cells at their exact characters, balanced', () => {
    const table = report.applications!;
    assert.equal(table.uncertain, undefined);
    assert.deepEqual(
      table.rows.map((r) => r.def.key),
      APPLICATION_ROWS.filter((d) => d.only !== '2021').map((d) => d.key),
    );
    assert.ok(table.rows.every((r) => r.values.length === 7 && r.extra.length === 0 && r.row.layout === 'inline'));
    assert.deepEqual(valuesOf(report, 'received'), ['23', '0', '0', '0', '0', '0', '23']);
    assert.deepEqual(valuesOf(report, 'granted'), ['7', '0', '0', '0', '0', '0', '7']);
    assert.deepEqual(valuesOf(report, 'resultTotal'), ['23', '0', '0', '0', '0', '0', '23']);
    const notHeld = table.rows.find((r) => r.def.key === 'notHeld')!;
    assert.equal(at(report, notHeld.label!.range), '1.本机关不掌握相关政府信息');
    // `70000072.没有现成…`: the 2 is the next row's number, not a digit of this row.
    const needsCreating = table.rows.find((r) => r.def.key === 'needsCreating')!;
    assert.equal(at(report, needsCreating.label!.range), '2.没有现成信息需要另行制作');
    assert.equal(notHeld.values[6].range.end.character, needsCreating.label!.range.start.character);
    // `230 000023`: the blank is a boundary.
    const received = table.rows.find((r) => r.def.key === 'received')!;
    assert.equal(report.lines.lines[1].slice(received.values[0].range.start.character, received.values[6].range.end.character), '230 000023');
    assert.deepEqual(received.values[6].value, { kind: 'number', value: 23, clean: '23', problems: [] });
  });

  it('reads 表四 as fifteen zeros', () => {
    assert.equal(report.reviews!.uncertain, undefined);
    assert.deepEqual(report.reviews!.values.map((c) => at(report, c.range)), Array(15).fill('0'));
  });

  it('leaves 表二 uncertain (`898989` splits many ways into three counts) and guesses no number', () => {
    const table = report.disclosure!;
    assert.equal(table.uncertain?.why, 'digit-runs');
    assert.equal(at(report, table.uncertain!.range), '规范性文件');
    const rows = table.groups.flatMap((g) => g.rows);
    assert.deepEqual(rows.find((r) => r.name === '规章')!.values.map((c) => at(report, c.range)), ['0', '0', '0']);
    assert.deepEqual(rows.find((r) => r.name === '规范性文件')!.values, []);
    assert.deepEqual(table.groups.map((g) => g.columns.length), [3, 3, 3, 2, 2]);
  });

  it('has no error or warning but the prose sum fixed elsewhere', () => {
    const found = checkText(PINGTAN).findings.filter((f) => f.severity !== 'information' && f.rule !== 'prose-sum');
    assert.deepEqual(found.map((f) => `${f.rule}: ${f.message}`), []);
  });
});

describe('a synthetic one-line report', () => {
  it('marks 表三 uncertain at a row whose run splits two ways, and still returns the table', () => {
    // `110000011` is 1, 10, 0, 0, 0, 0, 11 or 10, 1, 0, 0, 0, 0, 11: both total 11.
    const text = PINGTAN.replace('2.重复申请3000003', '2.重复申请110000011');
    const { applications } = parseReport(text);
    assert.equal(applications?.uncertain?.why, 'digit-runs');
    const row = applications!.rows.find((r) => r.def.key === 'repeated')!;
    assert.deepEqual(row.values, []);
    assert.equal(text.split('\n')[1].slice(applications!.uncertain!.range.start.character, applications!.uncertain!.range.end.character), '2.重复申请');
  });

  it('is read only when no line starts a section: a line-based report keeps its reading', () => {
    const lineBased = fixtureText('balanced/2019-rows.txt');
    assert.ok(parseReport(lineBased).sections.every((s) => s.inlineBody === undefined));
  });

  it('needs most of the six headings on one line', () => {
    const text = '示例2020年报告 一、总体情况 我们做了工作。二、主动公开政府信息情况 无。';
    assert.deepEqual(parseReport(text).sections, []);
  });
});

describe('rules and the outline on a one-line report', () => {
  const body = PINGTAN.split('\n').slice(1).join('\n');

  it('outlines each section from its heading to the next, each table over its cells', () => {
    const report = parseReport(PINGTAN);
    const items = outline(report);
    assert.equal(at(report, items[3].range).slice(0, 8), '四、政府信息公开');
    assert.ok(at(report, items[3].range).endsWith('000000000000000 '));
    assert.equal(at(report, items[2].children[0].range).slice(0, 6), '一、本年新收');
    assert.ok(at(report, items[2].children[0].range).endsWith('0 0 00 00 0'));
  });

  it('inserts a missing table before the next heading, which goes on a line of its own', () => {
    const text = body.slice(0, body.indexOf('行政复议行政诉讼结果维持')) + '本年无行政复议。' + body.slice(body.indexOf(' 五、存在'));
    const missing = findings(text).find((f) => f.rule === 'missing-table')!;
    const fixed = applyFix(text, missing.fixes[0]).split('\n');
    assert.ok(fixed[0].endsWith('本年无行政复议。 '));
    assert.match(fixed[2], /^行政复议\t/);
    assert.ok(fixed.some((line) => /^五、存在的主要问题/.test(line)));
  });

  it('reads section 六 on the heading’s line for the 信息处理费 of a 2021 report', () => {
    const on2021 = body.replace('2019年政府信息', '2021年政府信息');
    assert.ok(findings(on2021).some((f) => f.rule === 'fee-report'));
    const charged = on2021.replace('无其他需要报告的事项', '本年未收取信息处理费。');
    assert.ok(!findings(charged).some((f) => f.rule === 'fee-report'));
  });
});

describe('splitting a digit run into cells', () => {
  it('finds the one split the row total allows', () => {
    assert.deepEqual(splitDigitRun('7000007', 7, rowTotal), { kind: 'unique', cells: [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]] });
    assert.deepEqual(splitDigitRun('1010000020', 7, rowTotal).kind, 'unique');
  });

  it('says ambiguous when the identity allows two splits, or when there is no identity', () => {
    assert.deepEqual(splitDigitRun('110000011', 7, rowTotal), { kind: 'ambiguous' });
    assert.deepEqual(splitDigitRun('898989', 3, () => true), { kind: 'ambiguous' });
  });

  it('says none when no split fits the cells or the identity', () => {
    assert.deepEqual(splitDigitRun('12000003', 7, rowTotal), { kind: 'none' });
    assert.deepEqual(splitDigitRun('123', 7, rowTotal), { kind: 'none' });
    assert.deepEqual(splitDigitRun('', 3, () => true), { kind: 'none' });
  });

  it('takes blanks as certain boundaries', () => {
    assert.deepEqual(splitDigitRun('1 10000011', 7, rowTotal), { kind: 'unique', cells: [[0, 1], [2, 4], [4, 5], [5, 6], [6, 7], [7, 8], [8, 10]] });
    assert.deepEqual(splitDigitRun('23 0 00 0 023', 7, rowTotal).kind, 'unique');
  });

  it('stays bounded on a long run', () => {
    let result: ReturnType<typeof splitDigitRun> | undefined;
    const ms = cpuMs(() => {
      result = splitDigitRun('1'.repeat(100), 15, totalsHold(5));
    });
    assert.deepEqual(result, { kind: 'ambiguous' });
    assert.ok(ms < 1000, `${ms} ms`);
    assert.deepEqual(splitDigitRun('1'.repeat(500), 7, rowTotal), { kind: 'none' });
  });
});

describe('finding labels and their runs', () => {
  const labels = [
    { key: 'notHeld', pattern: /不掌握/g, number: officialNumber('1.本机关不掌握相关政府信息') },
    { key: 'needsCreating', pattern: /另行制作|没有现成/g, number: officialNumber('2.没有现成信息需要另行制作') },
  ];

  it('gives a label its own number that ran onto the previous digits', () => {
    const line = '（四）无法提供1.本机关不掌握相关政府信息70000072.没有现成信息需要另行制作0000000';
    const [first, second] = findLabelledRuns(line, 0, line.length, labels);
    assert.equal(line.slice(first.label.start, first.label.end), '1.本机关不掌握相关政府信息');
    assert.equal(line.slice(first.run.start, first.run.end), '7000007');
    assert.equal(line.slice(second.label.start, second.label.end), '2.没有现成信息需要另行制作');
    assert.equal(line.slice(second.run.start, second.run.end), '0000000');
    assert.ok(!first.stray && !second.stray);
  });

  it('notes digits left between a run and the next label', () => {
    const line = '1.本机关不掌握相关政府信息7000007增加3 2.没有现成信息需要另行制作0000000';
    assert.equal(findLabelledRuns(line, 0, line.length, labels)[0].stray, true);
  });
});
