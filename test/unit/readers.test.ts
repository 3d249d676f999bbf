import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { checkText, useLanguage } from '../../server/src/core/index';
import { UnreadableFileError } from '../../server/src/node/readReport';
import { readAnyReport, sniffKind, type AnyReport } from '../../server/src/readers/readAnyReport';
import { fixtureText, replaceNth } from '../support/findings';
import { minimalPdf } from '../support/minimalPdf';
import { docxFromRows, htmlFromRows } from '../support/reportFiles';
import { runCli } from '../support/runCli';

const ROOT = path.resolve(__dirname, '../..');
const PDF_DIR = path.join(ROOT, 'samples/published/pdf');
const TEMPLATE = path.join(ROOT, 'test/fixtures/readers/template-2021-blank.docx');
const dir = mkdtempSync(path.join(tmpdir(), 'govreport-readers-'));

function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** The findings at error or warning level of a file as its reader reads it, each with where it is in the file. */
async function serious(p: string) {
  const read = await readAnyReport(p);
  assert.notEqual(read.kind, 'text');
  const map = (read as Exclude<AnyReport, { kind: 'text' }>).map;
  return checkText(read.text)
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => ({ rule: f.rule, message: f.message, source: map.locate(f.range.start) }));
}

const ruleAndMessage = (fs: { rule: string; message: string }[]) => fs.map((f) => `${f.rule}: ${f.message}`).sort();

useLanguage('zh-cn');

describe('readers: what a file is, by its first bytes', () => {
  const kinds: [string, string | Buffer, string][] = [
    ['a text report', '2024年政府信息公开工作年度报告\n一、总体情况', 'text'],
    ['a PDF', '%PDF-1.7\n', 'pdf'],
    ['a zip (Word)', Buffer.from('PK\x03\x04rest', 'latin1'), 'docx'],
    ['a page', '<!DOCTYPE html><html><body></body></html>', 'html'],
    ['a page after a comment and blanks', ' \r\n<!-- saved page -->\n<html lang="zh">', 'html'],
    ['a page with a UTF-8 BOM', '\uFEFF<!doctype html>\n<html>', 'html'],
    ['a text that begins with markup not a page', '<b>政府信息公开</b>工作年度报告', 'text'],
    ['a text that names html later', '报告\n<html>', 'text'],
  ];
  for (const [what, content, kind] of kinds) {
    it(`${what}: ${kind}`, () => assert.equal(sniffKind(typeof content === 'string' ? Buffer.from(content) : content), kind));
  }
  it('looks at the bytes it is given, not at the rest of the buffer they are in', () => {
    const whole = Buffer.from('xxxx%PDF-1.7');
    assert.equal(sniffKind(whole.subarray(0, 4)), 'text');
    assert.equal(sniffKind(whole.subarray(4)), 'pdf');
  });
});

describe('readers: published PDFs', () => {
  it('huaian-szf-2024.pdf checks clean, as its text does', async () => {
    assert.deepEqual(await serious(path.join(PDF_DIR, 'huaian-szf-2024.pdf')), []);
  });

  it('hongze-qzf-2024.pdf gives its format-version fault, on page 4, and nothing else', async () => {
    const found = await serious(path.join(PDF_DIR, 'hongze-qzf-2024.pdf'));
    assert.deepEqual(found.map((f) => [f.rule, f.source && 'page' in f.source ? f.source.page : undefined]), [['format-version', 4]]);
  });

  it('the built CLI checks a PDF and says where, in text and JSON', () => {
    const text = runCli(['check', path.join(PDF_DIR, 'hongze-qzf-2024.pdf')]);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /hongze-qzf-2024\.pdf:p4:\d+ error format-version/);
    const json = JSON.parse(runCli(['check', '--format', 'json', path.join(PDF_DIR, 'huaian-szf-2024.pdf'), path.join(PDF_DIR, 'hongze-qzf-2024.pdf')]).stdout);
    assert.deepEqual(json[0].diagnostics, []);
    assert.equal(json[1].diagnostics[0].source.page, 4);
  });

  it('--fix leaves a PDF alone and says so', () => {
    const r = runCli(['check', '--fix', path.join(PDF_DIR, 'hongze-qzf-2024.pdf')]);
    assert.match(r.stdout, /未修复：--fix 只修改文本报告/);
  });
});

describe('readers: Word', () => {
  it('the blank 2021 template: every number cell is reported blank, its （文字描述） as template text, and nothing else', async () => {
    const all = await serious(TEMPLATE);
    const found = all.filter((f) => f.rule !== 'placeholder-text');
    assert.ok(found.every((f) => f.rule === 'blank-cell'), ruleAndMessage(all).join('\n'));
    assert.ok(all.some((f) => f.rule === 'placeholder-text' && /（文字描述）/.test(f.message)));
    // 表二 10 cells, 表三 25 rows × 7, 表四 15.
    assert.equal(found.length, 10 + 25 * 7 + 15);
    assert.ok(found.every((f) => f.source && 'table' in f.source));
    // Each blank cell in its own place: the last cell of a row too, not in the column before it.
    const places = found.map((f) => JSON.stringify(f.source));
    assert.equal(new Set(places).size, found.length);
    const totals = found.filter((f) => /· 总计：/.test(f.message)).map((f) => f.source as { table: number; column: number });
    assert.equal(totals.length, 25 + 3);
    assert.ok(totals.filter((s) => s.table === 2).every((s) => s.column === 10), JSON.stringify(totals));
  });
});

/** One-fault copies of a balanced report: the same findings (rule, message) whichever file it is read from. */
const BALANCED = fixtureText('balanced/2021-rows.txt');
const COPIES: [string, string][] = [
  ['balanced', BALANCED],
  ['a wrong total', replaceNth(BALANCED, /\t3$/m, 0, '\t4')],
  ['a blank cell', replaceNth(BALANCED, /\t1\t0\t0\t0\t0\t0\t1$/m, 0, '\t1\t\t0\t0\t0\t0\t1')],
  ['a full-width number', replaceNth(BALANCED, /\t15\t/, 0, '\t１５\t')],
];

for (const [kind, build, ext] of [
  ['Word', docxFromRows, 'docx'],
  ['HTML (GBK)', htmlFromRows, 'html'],
] as const) {
  describe(`readers: ${kind} built from a balanced report`, () => {
    it('is read whole while other files are read meanwhile (their bytes share one buffer)', async () => {
      const page = file(`meanwhile.${ext}`, build(BALANCED));
      const pending = readAnyReport(page);
      const others = await Promise.all([1, 2, 3].map((n) => readAnyReport(file(`other-${n}.txt`, `其他文件 ${n}\n`.repeat(200)))));
      assert.ok(others.every((o) => o.kind === 'text'));
      const read = await pending;
      assert.equal(read.kind, ext);
      assert.match(read.text, /本年新收政府信息公开申请数量/);
    });

    for (const [name, text] of COPIES) {
      it(`${name}: the same findings as the text`, async () => {
        const expected = checkText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
        if (name === 'balanced') assert.deepEqual(expected, []);
        else assert.notDeepEqual(expected, []);
        const found = await serious(file(`${name}.${ext}`, build(text)));
        assert.deepEqual(ruleAndMessage(found), ruleAndMessage(expected));
        assert.ok(found.every((f) => f.source !== undefined));
      });
    }
  });
}

describe('readers: hostile files cost little and are refused or read clearly', () => {
  const refused = async (p: string, reason: RegExp) => {
    await assert.rejects(readAnyReport(p), (e: Error) => e instanceof UnreadableFileError && reason.test(e.message));
  };

  it('an encrypted PDF', () => refused(file('encrypted.pdf', minimalPdf(['secret'], { encrypted: true })), /已加密/));
  it('a PDF without a text layer (a scan)', () => refused(file('scan.pdf', minimalPdf([null, null])), /没有文字层/));
  it('a PDF with a broken xref is still read', async () => {
    const read = await readAnyReport(file('broken.pdf', minimalPdf(['Hello 2024'], { brokenXref: true })));
    assert.match(read.text, /Hello 2024/);
  });
  it('a PDF of 5,000 pages: the first 300 are read, and the user told', async () => {
    const start = performance.now();
    const read = await readAnyReport(file('long.pdf', minimalPdf(Array.from({ length: 5000 }, (_, i) => `page ${i + 1} text`))));
    assert.ok(performance.now() - start < 30_000);
    assert.ok('notes' in read);
    assert.deepEqual(read.notes, ['只读取了 PDF 共 5000 页中的前 300 页']);
    assert.match(read.text, /page 300 text/);
    assert.doesNotMatch(read.text, /page 301 text/);
  });
  it('a Word file that is a zip bomb', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(60 * 2 ** 20) }, { level: 9 });
    assert.ok(bomb.length < 1 * 2 ** 20);
    return refused(file('bomb.docx', bomb), /zip 炸弹/);
  });
  it('a zip that is not a Word document', () => refused(file('not-word.docx', zipSync({ 'a.txt': new Uint8Array(3) })), /不是 Word 文档/));
  it('a Word file whose XML declares entities', () =>
    refused(file('entities.docx', zipSync({ 'word/document.xml': new TextEncoder().encode('<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>') })), /DOCTYPE/));
  it('an HTML page of 50 MB', () => refused(file('huge.html', '<!doctype html><html><body>' + '<p>一、总体情况</p>'.repeat(50 * 2 ** 20 / 20)), /网页大于 20 MB/));
  it('a file beyond the size limit is refused by its size, not read', () => {
    // Sparse: 101 MB on paper, nothing on disk; reading it would take seconds and the memory.
    const p = path.join(dir, 'huge.txt');
    const fd = openSync(p, 'w');
    ftruncateSync(fd, 101 * 2 ** 20);
    closeSync(fd);
    return refused(p, /文件大于 100 MB，未读取/);
  });
  it('a file whose extension lies is read by what it is', async () => {
    assert.equal((await readAnyReport(file('report.txt', minimalPdf(['Hello 2024'])))).kind, 'pdf');
    assert.equal((await readAnyReport(file('report.pdf', BALANCED))).kind, 'text');
    assert.equal((await readAnyReport(file('page.docx', htmlFromRows(BALANCED)))).kind, 'html');
  });
});
