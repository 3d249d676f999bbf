import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const MODULE = path.resolve(__dirname, '../../server/src/cli/stdoutWriter.ts');

/** Runs `script` with `stdoutWriter` as `writer`, its standard output going to a file or a pipe; returns what arrived. */
function written(script: string, to: 'file' | 'pipe'): string {
  const program = `const writer = require(${JSON.stringify(MODULE)}).stdoutWriter(); ${script}`;
  if (to === 'pipe') {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', program], { encoding: 'utf8', maxBuffer: 2 ** 26 });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-stdout-'));
  try {
    const file = path.join(dir, 'out.json');
    const fd = openSync(file, 'w');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', program], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    assert.equal(run.status, 0, run.stderr);
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Pieces that fill the buffer's megabyte to 576 bytes short, then one of 300 Chinese characters
 * (900 bytes, 300 UTF-16 units), then mixed ones with a surrogate pair, then one larger than the buffer.
 */
function pieces(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 1000; i++) out.push('a'.repeat(1047) + '\n');
  out.push('表'.repeat(299) + '\n');
  for (let i = 0; i < 30000; i++) out.push(i % 7 ? '{"file":"a.txt"},\n' : '表三 总计：应为 27（计算值）😀\n');
  out.push('大'.repeat(600000), 'end\n');
  return out;
}
const PIECES = `const pieces = (${pieces.toString()})();`;
const EXPECTED = pieces().join('');

describe('stdoutWriter', () => {
  it('to a file: every piece arrives whole and in order once flushed, across its buffer and past its size', () => {
    assert.equal(written(`${PIECES} for (const p of pieces) writer.write(p); writer.flush();`, 'file'), EXPECTED);
  });

  it('to a file: nothing of what is gathered arrives before the flush', () => {
    assert.equal(written(`writer.write('[\\n'); writer.write('{}');`, 'file'), '');
  });

  it('to a pipe: every piece goes out as it is written', () => {
    assert.equal(written(`${PIECES} for (const p of pieces) writer.write(p);`, 'pipe'), EXPECTED);
  });
});
