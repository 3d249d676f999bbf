import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { progress } from '../../server/src/cli/progress';
import { corpusPath } from '../corpus';
import { runCli } from '../support/runCli';

const SAMPLES = path.resolve(__dirname, '../../samples');
/** Every report under samples/, as the summary format lists them. */
const REPORTS = runCli(['check', '--format', 'summary', SAMPLES])
  .stdout.split('\n')
  .filter((line) => line.startsWith(SAMPLES))
  .map((line) => line.slice(0, line.indexOf('：')));

/** RFC 4180, as a spreadsheet reads it: a quoted field may hold commas, CRLF and doubled quotes; each row ends in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const field = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;
  for (let at = 0; at < text.length; ) {
    field.lastIndex = at;
    const m = field.exec(text)!;
    row.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2]);
    at = field.lastIndex;
    if (text[at] === ',') at++;
    else {
      assert.equal(text.slice(at, at + 2), '\r\n', `row ${rows.length + 1} ends in CRLF`);
      rows.push(row);
      row = [];
      at += 2;
    }
  }
  return rows;
}

function tempCopy(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-review-'));
  copyFileSync(corpusPath('000'), path.join(dir, name));
  return dir;
}

describe('--format csv', () => {
  it('one row a report, with a BOM, the key figures and the counts, parsed back', () => {
    const r = runCli(['check', '--format', 'csv', SAMPLES]);
    assert.equal(r.status, 1);
    assert.ok(r.stdout.startsWith('\uFEFF'), 'BOM, so that Excel reads UTF-8');
    const [head, ...rows] = parseCsv(r.stdout.slice(1));
    assert.deepEqual(head, ['文件', '机关', '年度', '格式版本', '本年新收（表三 总计）', '上年结转（表三 总计）', '办理结果（七）总计（表三）', '结转下年度（表三 总计）', '行政复议总计（表四）', '行政诉讼（未经复议直接起诉）总计（表四）', '行政诉讼（复议后起诉）总计（表四）', '错误', '警告', '备注']);
    assert.deepEqual(rows.map((row) => row[0]), REPORTS);
    assert.ok(rows.every((row) => row.length === head.length));
    assert.deepEqual(rows[0], [REPORTS[0], '天津滨海高新技术产业开发区', '2020', '2019', '33', '0', '33', '0', '0', '2', '0', '1', '0', '']);
  });

  it('quotes a field with a comma or a quote (RFC 4180)', () => {
    const dir = tempCopy('a,"b".txt');
    const r = runCli(['check', '--format', 'csv', 'a,"b".txt'], { cwd: dir });
    assert.match(r.stdout, /\r\n"a,""b""\.txt",/);
    assert.equal(parseCsv(r.stdout.slice(1))[1][0], 'a,"b".txt');
  });

  it('a field a spreadsheet would run as a formula is written as text', () => {
    const dir = tempCopy('=HYPERLINK("x").txt');
    const r = runCli(['check', '--format', 'csv', '=HYPERLINK("x").txt'], { cwd: dir });
    assert.equal(parseCsv(r.stdout.slice(1))[1][0], `'=HYPERLINK("x").txt`);
  });
});

describe('--format html', () => {
  const r = runCli(['check', '--format', 'html', SAMPLES]);
  const page = parseDocument(r.stdout);
  const all = (test: (e: Parameters<typeof DomUtils.getAttributeValue>[0]) => boolean) => DomUtils.findAll(test, page.children);

  it('lists every report in the table and gives each a section', () => {
    assert.equal(r.status, 1);
    const [table] = all((e) => e.name === 'table' && DomUtils.getAttributeValue(e, 'class') === 'reports');
    const rows = DomUtils.findAll((e) => e.name === 'tr', table.children).slice(1);
    assert.deepEqual(rows.map((row) => DomUtils.textContent(row.children[0])), REPORTS);
    const sections = all((e) => e.name === 'section');
    assert.deepEqual(sections.map((s) => DomUtils.textContent(DomUtils.findOne((e) => e.name === 'h2', s.children)!)), REPORTS);
  });

  const sections = () => all((e) => e.name === 'section');
  const isMarked = (e: Parameters<typeof DomUtils.getAttributeValue>[0]) => e.name === 'td' && /\bmarked\b/.test(DomUtils.getAttributeValue(e, 'class') ?? '');
  const findingsOf = (section: number, rule: RegExp) =>
    DomUtils.findAll((e) => e.name === 'li' && rule.test(DomUtils.textContent(e)), sections()[section].children);

  it('draws the table around a cell fault, its official row labels and the cell marked', () => {
    // 000: the blank 总计 of 8.属于行政查询事项 in 表三.
    const [blank] = findingsOf(0, /^错误 blank-cell /);
    const grid = DomUtils.findOne((e) => e.name === 'table', blank.children)!;
    assert.equal(DomUtils.textContent(DomUtils.findOne((e) => e.name === 'caption', grid.children)!), '表三');
    assert.ok(DomUtils.textContent(grid).includes('自然人'));
    const marked = DomUtils.findAll(isMarked, grid.children);
    assert.equal(marked.length, 1);
    assert.equal(DomUtils.getAttributeValue(marked[0], 'class'), 'blank marked');
    assert.equal(DomUtils.textContent(marked[0].parent!.children[0]), '8.属于行政查询事项');
    // 002: every one of its 136 blank cells and 18 malformed numbers has its cell marked.
    const cellFaults = findingsOf(2, /^错误 (blank-cell|malformed-number) /);
    assert.equal(cellFaults.length, 154);
    for (const li of cellFaults) assert.equal(DomUtils.findAll(isMarked, li.children).length, 1, DomUtils.textContent(li));
  });

  it('needs nothing outside the page', () => {
    for (const e of all((e) => e.attribs.src !== undefined || e.attribs.href !== undefined)) {
      assert.equal(e.attribs.src, undefined, `src on <${e.name}>`);
      assert.match(e.attribs.href, /^#report-\d+$/);
    }
    assert.equal(all((e) => e.name === 'link').length, 0);
    assert.doesNotMatch(r.stdout, /https?:\/\//);
  });

  it('escapes a file name that looks like markup', () => {
    const dir = tempCopy('<b>&"x".txt');
    const out = runCli(['check', '--format', 'html', '<b>&"x".txt'], { cwd: dir }).stdout;
    const doc = parseDocument(out);
    assert.equal(DomUtils.findAll((e) => e.name === 'b', doc.children).length, 0);
    assert.ok(DomUtils.textContent(doc).includes('<b>&"x".txt'));
  });
});

describe('progress', () => {
  it('writes nothing when standard error is not a terminal', () => {
    const written: string[] = [];
    const shown = progress({ isTTY: false, write: (s) => written.push(s) }, 3);
    shown.step();
    shown.step();
    shown.clear();
    assert.deepEqual(written, []);
    assert.equal(runCli(['check', '--format', 'csv', SAMPLES]).stderr, '', 'piped: no progress');
  });

  it('on a terminal, redraws files done of total and the rate on one line, then clears it', () => {
    const written: string[] = [];
    let now = 0;
    const shown = progress({ isTTY: true, write: (s) => written.push(s) }, 2, () => now);
    now = 1000;
    shown.step();
    now = 1050; // within the redraw interval, but the last file: drawn
    shown.step();
    shown.clear();
    assert.deepEqual(written, ['\r\x1b[K已检查 1/2 个文件，每秒 1 个', '\r\x1b[K已检查 2/2 个文件，每秒 2 个', '\r\x1b[K']);
  });
});
