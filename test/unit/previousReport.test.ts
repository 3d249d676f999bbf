import assert from 'node:assert/strict';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseReport } from '../../server/src/core/index';
import { agencyOf } from '../../server/src/core/parse/agency';
import { parseTitleAndYear, parseTitleAndYearFromStart } from '../../server/src/core/parse/parseReport';
import { PreviousReports } from '../../server/src/node/previousReport';
import { readReportHead } from '../../server/src/node/readReport';
import { CORPUS_FILES, corpusText } from '../corpus';
import { runCli } from '../support/runCli';

/** Corpus 000 (天津滨海高新技术产业开发区, 2020) as last year's report: the year one less, 2 carried forward by 自然人. */
function lastYearOf000(): string {
  const text = corpusText('000').replace(/2020年/g, '2019年');
  const row = text.indexOf('四、结转下年度继续办理');
  const cell = text.indexOf('\t0', row);
  return `${text.slice(0, cell)}\t2${text.slice(cell + 2)}`;
}

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-previous-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('last year’s report', () => {
  it('the agency is the title up to the year, or up to 政府信息公开', () => {
    const agencies = CORPUS_FILES.map((f) => agencyOf(parseReport(corpusText(f.slice(0, 3)))));
    assert.deepEqual(agencies, ['天津滨海高新技术产业开发区', '西青开发区', '东丽区科技局', '高新区(近海镇)', '天津经济技术开发区']);
  });

  it('the title is the line naming the report, with the agency above it or its end below it; a label before it is not part of it', () => {
    const title = (text: string) => parseTitleAndYear(text).title?.text;
    const agency = (text: string) => agencyOf({ title: parseTitleAndYear(text).title });
    const body = '\n一、总体情况\n正文。\n';
    assert.equal(title(`淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n\n本报告由…编制。${body}`), '淮安市洪泽区人民政府2024 年政府信息公开工作年度报告');
    assert.equal(agency(`正文\n2024 年上海市科委政府信息公开工作\n年度报告\n根据《条例》，市科委编制本报告。${body}`), '上海市科委');
    assert.equal(agency(`标题：某某县人民政府2023年政府信息公开工作年度报告${body}`), '某某县人民政府');
    assert.equal(agency(`某某县2023年政府信息公开工作年度报告 根据《条例》编制本报告，${'内容'.repeat(40)}${body}`), '某某县');
    // No line names the report: the first line, as long as it reads like a title.
    assert.equal(title(`某某局工作总结\n${body}`), '某某局工作总结');
    assert.equal(title(`${'很长的一行'.repeat(20)}\n${body}`), undefined);
    // Section 一 is not the title, nor is a year in it the report's.
    assert.deepEqual(parseTitleAndYear(`一、总体情况（2023年）${body}`), { title: undefined, year: undefined });
  });

  it('the title and the year read from the top alone are those of the whole parse', () => {
    for (const f of CORPUS_FILES) {
      const text = corpusText(f.slice(0, 3));
      const { title, year } = parseReport(text);
      assert.deepEqual(parseTitleAndYear(text), { title, year }, f);
      // The top is split down to section 一 alone, at any line break, however little of the file a head holds.
      for (const variant of [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r')]) {
        const whole = parseReport(variant);
        assert.deepEqual(parseTitleAndYear(variant), { title: whole.title, year: whole.year }, f);
      }
      for (let cut = 0; cut < text.indexOf('一、') + 40; cut += 3) {
        const head = text.slice(0, cut);
        const whole = parseReport(head);
        assert.deepEqual(parseTitleAndYear(head), { title: whole.title, year: whole.year }, `${f} cut at ${cut}`);
        // From the start alone, only once section 一's line is there whole: then as from the whole text.
        const fromStart = parseTitleAndYearFromStart(head);
        const headingLineEnd = text.indexOf('\n', text.indexOf('一、'));
        assert.equal(fromStart !== undefined, cut > headingLineEnd, `${f} cut at ${cut}`);
        if (fromStart) assert.deepEqual(fromStart, parseTitleAndYear(text), `${f} cut at ${cut}`);
      }
    }
  });

  it('a head’s first kilobytes are the start of its text, when they are UTF-8 as the whole head is', () => {
    const text = corpusText('002').repeat(3);
    const utf8 = Buffer.from(text);
    const top = Buffer.from(text.slice(0, 1000));
    const endingIn = (bytes: number[]) => Buffer.concat([top, Buffer.alloc(8190 - top.length, 'x'), Buffer.from(bytes), utf8]);
    const withByte = (at: number, byte: number) => Buffer.concat([utf8.subarray(0, at), Buffer.from([byte]), utf8.subarray(at + 1)]);
    const files: Record<string, Buffer> = {
      'utf8.txt': utf8,
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
      // Cut in a character at the end of the head, and at the end of the first look.
      'cut.txt': Buffer.concat([Buffer.from('a'), utf8]),
      'late-bad-byte.txt': withByte(5000, 0xff),
      'late-nul.txt': withByte(5000, 0),
      // The head ends in the first two bytes of a character: of 中 (E4 B8 AD), or of none (E0 80).
      'good-cut.txt': endingIn([0xe4, 0xb8, 0xad]),
      'bad-cut.txt': endingIn([0xe0, 0x80, 0x80]),
      'gb18030.txt': Buffer.from(new TextDecoder('gb18030').decode(Buffer.from('政府信息公开'))),
      'utf16.txt': Buffer.from(`\uFEFF${text}`, 'utf16le'),
    };
    const dir = folderWith({});
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), bytes);
      const head = readReportHead(path.join(dir, name), 8192);
      let whole: string | undefined;
      try {
        whole = head.text();
      } catch {
        whole = undefined;
      }
      const start = head.start(2048);
      const plain = ['utf8.txt', 'bom.txt', 'cut.txt', 'good-cut.txt'].includes(name);
      assert.equal(start !== undefined, plain, name);
      if (start !== undefined) {
        assert.ok(whole?.startsWith(start), name);
        assert.ok(start.length > 600, name);
      }
    }
  });

  it('is found beside the report: same agency, one year earlier', () => {
    const dir = folderWith({ '2020.txt': corpusText('000'), '2019.txt': lastYearOf000(), 'other.txt': corpusText('001'), 'notes.md': '会议纪要' });
    const file = path.join(dir, '2020.txt');
    const previous = new PreviousReports().find(file, parseReport(corpusText('000')));
    assert.equal(previous?.name, '2019.txt');
    assert.equal(previous.report.year?.value, 2019);
    // Last year's own report has no report of 2018 beside it.
    assert.equal(new PreviousReports().find(path.join(dir, '2019.txt'), parseReport(lastYearOf000())), undefined);
  });

  it('a report put beside it later is found: the editor lists a folder again when it changes', () => {
    const dir = folderWith({ '2020.txt': corpusText('000') });
    const reports = new PreviousReports();
    const file = path.join(dir, '2020.txt');
    assert.equal(reports.find(file, parseReport(corpusText('000'))), undefined);
    writeFileSync(path.join(dir, '2019.txt'), lastYearOf000());
    utimesSync(dir, new Date(), new Date(Date.now() + 1000)); // a changed folder, however coarse the clock
    assert.equal(reports.find(file, parseReport(corpusText('000')))?.name, '2019.txt');
  });

  it('another agency’s report of last year is not it', () => {
    const dir = folderWith({ '2020.txt': corpusText('000'), '2019.txt': corpusText('001') });
    assert.equal(new PreviousReports().find(path.join(dir, '2020.txt'), parseReport(corpusText('000'))), undefined);
  });

  it('the CLI reports a 上年结转 that differs from last year’s 结转下年度, at the cell', () => {
    const dir = folderWith({ '2020.txt': corpusText('000'), '2019.txt': lastYearOf000() });
    const out = JSON.parse(runCli(['check', '--format', 'json', dir]).stdout) as { file: string; diagnostics: { rule: string; message: string; range: { start: { line: number } } }[] }[];
    const thisYear = out.find((f) => f.file.endsWith('2020.txt'))!;
    const carried = thisYear.diagnostics.filter((d) => d.rule === 'carried-over');
    assert.equal(carried.length, 1, 'only 自然人 differs');
    assert.match(carried[0].message, /二、上年结转政府信息公开申请数量 · 自然人：上年结转 0，但上一年度报告（2019\.txt）结转下年度为 2/);
    assert.equal(corpusText('000').split('\n')[carried[0].range.start.line], '\t0');
    assert.ok(!out.find((f) => f.file.endsWith('2019.txt'))!.diagnostics.some((d) => d.rule === 'carried-over'));
  });
});
