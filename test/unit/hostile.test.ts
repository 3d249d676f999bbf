import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkText, looksLikeReport } from '../../server/src/core/index';
import { readReportFile } from '../../server/src/node/readReport';
import { generateLargeHostileFiles, LARGE_HOSTILE_FILES } from '../fixtures/hostile/generate';
import { cpuMs } from '../support/cpuTime';
import { featureProblems, rangeProblems } from '../support/invariants';
import { runCli } from '../support/runCli';

/**
 * Files no draft should be, and some no file should be: the core and the
 * built CLI must meet each with a clear result or a clear error, never a
 * crash or a hang. The small files are committed in test/fixtures/hostile;
 * the large ones are generated into a temporary folder.
 */
const HOSTILE = path.resolve(__dirname, '../fixtures/hostile');
const SMALL = readdirSync(HOSTILE).filter((f) => f.endsWith('.txt'));
const LARGE = Object.keys(LARGE_HOSTILE_FILES);

/** CPU time the core may take on a file: generous, yet far below what a quadratic step takes on the large ones. */
const budgetMs = (bytes: number) => 2000 + 1500 * (bytes / 2 ** 20);

let largeFolder: string;
before(() => {
  largeFolder = mkdtempSync(path.join(tmpdir(), 'govreport-hostile-'));
  generateLargeHostileFiles(largeFolder);
});
after(() => rmSync(largeFolder, { recursive: true, force: true }));

const pathOf = (name: string) => (LARGE.includes(name) ? path.join(largeFolder, name) : path.join(HOSTILE, name));

/** The text as the checker reads the file; a file it refuses, as an editor would show it (invalid bytes replaced). */
function editorText(file: string): { text: string; readable: boolean } {
  try {
    return { text: readReportFile(file).text, readable: true };
  } catch {
    return { text: new TextDecoder('utf-8').decode(readFileSync(file)), readable: false };
  }
}

/** How many findings the core has on each file, for comparing with the CLI (the models are too big to keep). */
const findingCounts = new Map<string, number>();

describe('the core on hostile files: no throw, valid ranges, bounded time', () => {
  for (const name of [...SMALL, ...LARGE]) {
    it(name, () => {
      const file = pathOf(name);
      const { text } = editorText(file);
      let result!: ReturnType<typeof checkText>;
      const ms = cpuMs(() => {
        looksLikeReport(text);
        result = checkText(text);
      });
      findingCounts.set(name, result.findings.length);
      assert.deepEqual(rangeProblems(text, result.findings), []);
      assert.deepEqual(featureProblems(result.report), []);
      const budget = budgetMs(statSync(file).size);
      assert.ok(ms < budget, `${ms.toFixed(0)} ms of CPU, more than ${budget.toFixed(0)} ms`);
    });
  }
});

describe('the built CLI on hostile files: exit 0/1 with a result, or 2 with a message, in bounded time', () => {
  for (const name of [...SMALL, ...LARGE]) {
    it(name, () => {
      const file = pathOf(name);
      // Wall time, on a machine that may be busy: twice the core's CPU budget and then some.
      const r = runCli(['check', '--format', 'json', file], { timeoutMs: 2 * budgetMs(statSync(file).size) + 10_000 });
      assert.equal(r.signal, null, `killed after ${r.ms.toFixed(0)} ms`);
      const [entry] = JSON.parse(r.stdout);
      assert.equal(entry.file, file);
      if (editorText(file).readable) {
        assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
        assert.equal(entry.error, undefined);
        assert.equal(entry.diagnostics.length, findingCounts.get(name) ?? checkText(editorText(file).text).findings.length);
      } else {
        assert.equal(r.status, 2);
        assert.match(entry.error, /二进制文件|UTF-8/);
        assert.match(r.stderr, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S`));
      }
    });
  }
});
