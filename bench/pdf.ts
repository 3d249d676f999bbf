import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fastest, formatCount, type BenchResult } from './measure';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const PDF_DIR = path.join(ROOT, 'samples/published/pdf');
const COPIES = 10;
/** Runs of each; the fastest counts, as other work on a shared machine only ever slows a run. */
const RUNS = 3;

/**
 * Published PDFs, read (pdf.js, dist/pdfjs.js) and checked: the two of samples/ ten times over,
 * `govreport check` on one thread and on all cores, in pages a second.
 */
export async function benchPdf(): Promise<BenchResult[]> {
  const pdfs = readdirSync(PDF_DIR).filter((name) => name.endsWith('.pdf'));
  const pages = (await Promise.all(pdfs.map(pageCount))).reduce((a, b) => a + b, 0) * COPIES;
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-bench-pdf-'));
  try {
    for (let copy = 0; copy < COPIES; copy++) for (const pdf of pdfs) copyFileSync(path.join(PDF_DIR, pdf), path.join(dir, `${copy}-${pdf}`));
    const rate = (args: string[]) => pages / (fastest(RUNS, () => checkMs([...args, dir])) / 1000);
    const cores = availableParallelism();
    return [
      { name: `PDF: ${pdfs.length * COPIES} published PDFs (${pages} pages) read and checked, one thread (\`-j 1\`)`, value: `${formatCount(rate(['-j', '1']))} pages/s`, target: '' },
      { name: `PDF: the same on all cores (\`-j ${cores}\`)`, value: `${formatCount(rate(['-j', String(cores)]))} pages/s`, target: '' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pageCount(name: string): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path.join(PDF_DIR, name))), verbosity: 0 }).promise;
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** Wall time of `govreport check --format json`, its output thrown away. */
function checkMs(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args], { stdio: 'ignore' });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status !== 1) throw new Error(`govreport check exited with ${result.status ?? result.signal}`);
  return ms;
}
