import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, insertTableEdit, parseReport, renderTableTemplate, TextLines, applyEdits } from '../../server/src/core/index';
import { corpusText } from '../corpus';
import { findings, fixtureText, textAt, where } from '../support/findings';

describe('the parser', () => {
  it('reads the same model from CRLF and LF, with ranges on the same text', () => {
    const lf = corpusText('000');
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(findings(crlf).map(where), findings(lf).map(where));
    const f = findings(crlf)[0];
    assert.equal(textAt(crlf, f.range), '7258');
  });

  it('layout E: a header wrapped onto its own line, page numbers and a wrapped label are no faults', () => {
    const spaced = fixtureText('balanced/2021-spaced.txt');
    const messy = spaced
      .replace('信息内容    本年制发件数    本年废止件数    现行有效件数', '信息内容    本年制发件数    本年废止件数\n                                现行有效件数')
      .replace('行政规范性文件    2    1    10', '                    - 3 -\n行政规范性文件    2    1    10')
      .replace(
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）    1    0    0    0    0    0    1',
        '（二）部分公开（区分处理的，只计这一情\n                1    0    0    0    0    0    1\n形，不计其他情形）',
      );
    assert.notEqual(messy, spaced);
    assert.deepEqual(findings(messy).map(where), []);
    const rows = parseReport(messy).applications!.rows;
    assert.equal(rows.find((r) => r.def.key === 'partlyGranted')?.values[6].text, '1');
  });

  it('treats a leading BOM as nothing', () => {
    const text = '\uFEFF' + fixtureText('balanced/2021-rows.txt');
    assert.deepEqual(findings(text), []);
    assert.equal(parseReport(text).year?.value, 2022);
  });

  it('joins a wrapped header cell (本年新 / 制作数量) into one cell spanning both lines', () => {
    const report = parseReport(corpusText('000'));
    const header = report.disclosure!.groups[0].columns[0];
    assert.equal(header.text, '本年新制作数量');
    assert.equal(header.range.end.line, header.range.start.line + 1);
  });

  it('reads cells split by ` | ` without outer pipes, as web-page copies give', () => {
    const text = fixtureText('balanced/2019-pipes.md')
      .split('\n')
      .filter((l) => !/^\| ---/.test(l))
      .map((l) => (l.startsWith('| ') ? l.slice(2, -2) : l))
      .join('\n');
    const { report } = checkText(text);
    assert.equal(report.applications?.rows.length, 23);
    assert.equal(report.reviews?.values.length, 15);
    assert.deepEqual(findings(text), []);
  });

  it('survives a half-typed table: the short row and the rows not yet typed are reported', () => {
    const full = fixtureText('balanced/2019-rows.txt');
    const cut = full.slice(0, full.indexOf('1.本机关不掌握相关政府信息\t1\t0') + '1.本机关不掌握相关政府信息\t1\t0'.length);
    const all = findings(cut);
    const short = all.find((f) => f.rule === 'column-count')!;
    assert.equal(textAt(cut, short.range), '1.本机关不掌握相关政府信息');
    assert.match(short.message, /只有 2 个数字，应有 7 个/);
    assert.ok(all.some((f) => f.rule === 'missing-row' && f.message.includes('（七）总计')));
    assert.ok(all.some((f) => f.rule === 'missing-section' && f.message.includes('六、其他需要报告的事项')));
  });

  it('underlines two empty cells side by side at different places', () => {
    const text = fixtureText('balanced/2019-rows.txt').replace('行政强制\t0\t0\t0', '行政强制\t\t\t0');
    const blanks = findings(text).filter((f) => f.rule === 'blank-cell');
    assert.equal(blanks.length, 2);
    assert.notDeepEqual(blanks[0].range, blanks[1].range);
    for (const f of blanks) assert.equal(textAt(text, f.range), '\t');
    // At the end of a line: the last one's mark is the line's end, not the TAB the one before it is marked on.
    const trailing = fixtureText('balanced/2019-rows.txt').replace('行政强制\t0\t0\t0', '行政强制\t0\t\t');
    const [before, last] = findings(trailing).filter((f) => f.rule === 'blank-cell');
    assert.equal(textAt(trailing, before.range), '\t');
    assert.equal(textAt(trailing, last.range), '');
    assert.equal(last.range.start.character, before.range.end.character);
  });

  it('finds full-width brackets, extra spaces and Markdown markers in headings', () => {
    const text = fixtureText('balanced/2019-rows.txt')
      .replace('一、总体情况', '  一、 总体情况')
      .replace('五、存在的主要问题及改进情况', '## 五、存在的主要问题及整改措施');
    assert.deepEqual(parseReport(text).sections.map((s) => s.id), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(findings(text), []);
  });
});

describe('table templates', () => {
  for (const version of ['2019', '2021'] as const) {
    for (const layout of ['cells', 'rows', 'pipes'] as const) {
      it(`every table in the ${version} format, ${layout} layout, parses back and checks clean`, () => {
        const base = fixtureText(`balanced/${version}-${layout === 'pipes' ? 'pipes.md' : `${layout}.txt`}`);
        const report = parseReport(base);
        for (const table of [2, 3, 4] as const) {
          const section = report.sections.find((s) => s.id === table)!;
          const lines = base.split('\n');
          // Replace the section's table with the template.
          const body = [renderTableTemplate(table, version, layout)];
          const replaced = [...lines.slice(0, section.startLine + 1), ...body, '', ...lines.slice(section.endLine + 1)].join('\n');
          const all = checkText(replaced).findings.filter((f) => f.severity !== 'information');
          assert.deepEqual(all.map((f) => `${f.rule}: ${f.message}`), [], `table ${table}`);
        }
      });
    }
  }

  it('inserts at the cursor on lines of its own, in the document’s layout and line endings', () => {
    const text = corpusText('004').replace(/\n/g, '\r\n');
    const report = parseReport(text);
    const heading = report.sections.find((s) => s.id === 3)!;
    const edit = insertTableEdit(report, heading.heading.range.end, 3);
    assert.ok(edit.newText.startsWith('\r\n\r\n') || edit.newText.startsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(edit.newText));
    const after = applyEdits(new TextLines(text), [edit]);
    const { report: fixed } = checkText(after);
    assert.equal(fixed.applications?.rows.length, 23, 'a 2019-format table for a report on 2019');
    assert.ok(!checkText(after).findings.some((f) => f.rule === 'empty-section' && f.message.includes('收到和处理')));
  });
});
