import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import type { NotificationMessage, ResponseMessage } from 'vscode-languageserver/node';
import { OnePieceMessageWriter } from '../../server/src/lsp/onePieceWriter';

/** A stream that keeps each write apart, or fails every one with `failure`. */
function recorder(failure?: Error) {
  const writes: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk);
      done(failure);
    },
  });
  return { writes, stream };
}

describe('OnePieceMessageWriter', () => {
  it('writes each message in one write, its length counted in bytes of UTF-8', async () => {
    const { writes, stream } = recorder();
    const writer = new OnePieceMessageWriter(stream);
    const messages: (NotificationMessage | ResponseMessage)[] = [
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { message: '表三 总计：应为 27（计算值）·　全角' } },
      { jsonrpc: '2.0', id: 1, result: null },
      { jsonrpc: '2.0', method: 'emoji', params: ['😀', '\u2028', ''] },
    ];
    for (const m of messages) await writer.write(m);
    assert.equal(writes.length, messages.length);
    writes.forEach((piece, i) => {
      const text = piece.toString('utf8');
      const [, length, content] = /^Content-Length: (\d+)\r\n\r\n([^]*)$/.exec(text)!;
      assert.equal(Number(length), Buffer.byteLength(content, 'utf8'));
      assert.equal(Number(length), piece.length - text.indexOf('\r\n\r\n') - 4);
      assert.deepEqual(JSON.parse(content), messages[i]);
    });
  });

  it('tells of a failed write and rejects it', async () => {
    const { stream } = recorder(new Error('EPIPE'));
    stream.on('error', () => undefined);
    const writer = new OnePieceMessageWriter(stream);
    const told: string[] = [];
    writer.onError(([e]) => told.push(e.message));
    await assert.rejects(writer.write({ jsonrpc: '2.0' }), /EPIPE/);
    assert.ok(told.includes('EPIPE'));
  });
});

describe('consoleToStandardError', () => {
  it('keeps everything the console prints off standard output, where the protocol goes', () => {
    const module = path.resolve(__dirname, '../../server/src/lsp/onePieceWriter.ts');
    const script = `const { consoleToStandardError } = require(${JSON.stringify(module)}); consoleToStandardError(); console.log('log'); console.info('info'); console.debug('debug'); console.dir({ dir: 1 }); console.table([1]);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    for (const printed of ['log', 'info', 'debug', 'dir']) assert.match(run.stderr, new RegExp(printed));
  });
});
