import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { CORES_PER_THREAD, TEXTS_PER_WORKER, threadCount } from '../../server/src/cli/threadCount';
import { CORPUS_DIR, CORPUS_FILES, corpusPath, corpusText } from '../corpus';
import { runCli } from '../support/runCli';

/**
 * `--jobs`: a folder checked on worker threads prints byte for byte what one thread prints, in every
 * format and with --fix; a worker that stops fails only the file it was reading; bad values are refused.
 */
const SAMPLES = path.resolve(__dirname, '../../samples');
const PUBLISHED = path.join(SAMPLES, 'published');
const STOP_WORKER = path.resolve(__dirname, '../support/stopWorkerOnRead.mjs');
const FORMATS = ['text', 'summary', 'json', 'sarif', 'html', 'csv'];

const folders: string[] = [];
after(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'govreport-jobs-'));
  folders.push(folder);
  return folder;
}

/**
 * A reviewer's folder: the drafts and the published texts `copies` times over, the two PDFs, a note
 * that is not a report (skipped) and a binary file named .txt (its own error).
 */
function reviewFolder(copies: number): string {
  const folder = tempFolder();
  const texts = [...CORPUS_FILES.map((name) => path.join(CORPUS_DIR, name)), ...readdirSync(PUBLISHED).filter((n) => n.endsWith('.txt')).map((n) => path.join(PUBLISHED, n))];
  for (let copy = 0; copy < copies; copy++) for (const text of texts) copyFileSync(text, path.join(folder, `${copy}-${path.basename(text)}`));
  for (const pdf of readdirSync(path.join(PUBLISHED, 'pdf'))) copyFileSync(path.join(PUBLISHED, 'pdf', pdf), path.join(folder, pdf));
  writeFileSync(path.join(folder, 'notes.txt'), '会议纪要：下周一讨论年度报告的起草分工。\n');
  writeFileSync(path.join(folder, 'broken.txt'), Buffer.from([0x41, 0x00, 0x42]));
  return folder;
}

describe('checking on worker threads (--jobs)', () => {
  const folder = reviewFolder(3);

  for (const format of FORMATS) {
    it(`--format ${format}: -j 2 prints byte for byte what -j 1 prints`, () => {
      // Standard input too, checked after the files on the main thread.
      const input = corpusText('001');
      const one = runCli(['check', '--format', format, '-j', '1', folder, '-'], { cwd: folder, input });
      const two = runCli(['check', '--format', format, '-j', '2', folder, '-'], { cwd: folder, input });
      assert.equal(one.status, 2, one.stderr); // broken.txt cannot be read
      assert.equal(two.status, one.status);
      assert.equal(two.stderr, one.stderr);
      assert.equal(two.stdout, one.stdout);
    });
  }

  it('in a worker a PDF is read, a binary file is refused and a note is skipped, in English too', () => {
    // The worker is sent the first four files as it starts: these.
    const dir = tempFolder();
    copyFileSync(path.join(PUBLISHED, 'pdf', 'hongze-qzf-2024.pdf'), path.join(dir, '1-hongze.pdf'));
    copyFileSync(path.join(PUBLISHED, 'pdf', 'huaian-szf-2024.pdf'), path.join(dir, '2-huaian.pdf'));
    writeFileSync(path.join(dir, '3-broken.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(path.join(dir, '4-notes.txt'), '会议纪要：下周一讨论年度报告的起草分工。\n');
    for (const name of CORPUS_FILES) copyFileSync(path.join(CORPUS_DIR, name), path.join(dir, `5-${name}`));
    const r = runCli(['check', '--lang', 'en', '--jobs', '2', dir]);
    assert.match(r.stdout, /1-hongze\.pdf:p4:10 error format-version/);
    assert.match(r.stdout, /3-broken\.txt: error: binary file/);
    assert.match(r.stdout, /skipped 1 file that does not look like a report: .*4-notes\.txt$/m);
    assert.equal(r.stdout, runCli(['check', '--lang', 'en', '-j', '1', dir]).stdout);
  });

  it('--fix on worker threads writes what one thread writes and prints what it prints', () => {
    // Two folders, each with a draft to fix and a pair of years: this year's report reads last year's as fixed.
    const tree = () => {
      const root = tempFolder();
      for (const sub of ['a', 'b']) {
        mkdirSync(path.join(root, sub));
        copyFileSync(corpusPath('002'), path.join(root, sub, '002.txt'));
        writeFileSync(path.join(root, sub, '2019.txt'), blankCarriedForward(corpusText('000').replace(/2020年/g, '2019年')));
        copyFileSync(corpusPath('000'), path.join(root, sub, '2020.txt'));
        copyFileSync(corpusPath('003'), path.join(root, sub, '003.txt'));
      }
      return root;
    };
    const [one, two] = [tree(), tree()];
    const r1 = runCli(['check', '--fix', '-j', '1', '.'], { cwd: one });
    const r2 = runCli(['check', '--fix', '-j', '2', '.'], { cwd: two });
    assert.match(r1.stdout, /已修复/);
    assert.equal(r2.status, r1.status);
    assert.equal(r2.stdout, r1.stdout);
    for (const sub of ['a', 'b']) {
      for (const name of readdirSync(path.join(one, sub))) assert.deepEqual(readFileSync(path.join(two, sub, name)), readFileSync(path.join(one, sub, name)), `${sub}/${name}`);
    }
  });

  it('a worker that stops fails the file it was reading, with the reason; the others are checked and the run ends', () => {
    // The worker is sent the first files as it starts, the main thread takes the next: the worker
    // checks a.txt, stops reading b-stop-worker.txt, and another takes its place for c.txt and d.txt.
    const dir = tempFolder();
    const names = ['a.txt', 'b-stop-worker.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'];
    names.forEach((name, i) => copyFileSync(path.join(CORPUS_DIR, CORPUS_FILES[i % CORPUS_FILES.length]), path.join(dir, name)));
    const r = runCli(['check', '--format', 'json', '-j', '2', dir], { nodeArgs: ['--import', STOP_WORKER], timeoutMs: 60_000 });
    assert.equal(r.signal, null, 'the run ended by itself');
    assert.equal(r.status, 2, r.stderr);
    const entries: { file: string; error?: string }[] = JSON.parse(r.stdout);
    assert.deepEqual(entries.map((e) => path.basename(e.file)), names);
    assert.equal(entries[1].error, '检查中断：工作线程已退出，退出码 70');
    assert.match(r.stderr, /b-stop-worker\.txt: 检查中断/);
    // Every other file as one thread checks it.
    const one: unknown[] = JSON.parse(runCli(['check', '--format', 'json', '-j', '1', dir]).stdout);
    const others = (list: unknown[]) => list.filter((_, i) => i !== 1);
    assert.deepEqual(others(entries), others(one));
  });

  it('a bad --jobs is refused, naming the value: exit 2', () => {
    for (const value of ['0', 'abc', '1.5', '2.0', '', '-1']) {
      const r = runCli(['check', '-j', value, corpusPath('001')]);
      assert.equal(r.status, 2, `-j ${JSON.stringify(value)}`);
      assert.ok(r.stderr.includes(`${value}`), r.stderr);
    }
    const r = runCli(['check', '--jobs=0x2', corpusPath('001')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /“0x2”不是可用的线程数；--jobs 可取 1 或更大的整数/);
  });

  it('the threads a run uses: by default as many as the cores keep busy, no more than one for each TEXTS_PER_WORKER texts (a PDF, Word or HTML file counts more); -j N: N; never more than the files', () => {
    const texts = (n: number) => Array.from({ length: n }, (_, i) => `${i}.txt`);
    const byCores = Math.max(1, Math.floor(availableParallelism() / CORES_PER_THREAD));
    assert.equal(threadCount(texts(TEXTS_PER_WORKER - 1), undefined), 1);
    assert.equal(threadCount(texts(2 * TEXTS_PER_WORKER), undefined), Math.min(byCores, 2));
    assert.equal(threadCount(texts(100 * TEXTS_PER_WORKER), undefined), Math.min(byCores, 100));
    assert.equal(threadCount(['a.pdf'], undefined), 1);
    assert.equal(threadCount(Array.from({ length: 8 }, (_, i) => `${i}.PDF`), undefined), Math.min(byCores, 2));
    assert.equal(threadCount(texts(3), 8), 3);
    assert.equal(threadCount(texts(1), 2), 1);
    assert.equal(threadCount(texts(10_000), 1), 1);
  });
});

/** Last year's report (cell per line) with its 结转下年度 总计 blank: `--fix` fills it, and this year's carried-over reads it. */
function blankCarriedForward(text: string): string {
  const lines = text.split('\n');
  const total = lines.findIndex((line) => line.includes('四、结转下年度继续办理')) + 7;
  assert.equal(lines[total], '\t0');
  lines[total] = '\t';
  return lines.join('\n');
}
