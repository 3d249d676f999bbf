import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { encode } from 'iconv-lite';
import { readReportFile, UnreadableFileError } from '../../server/src/node/readReport';

const folder = mkdtempSync(path.join(tmpdir(), 'govreport-read-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** `bytes` written to a file of their own and read back as the CLI reads a draft. */
function read(name: string, bytes: Uint8Array) {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return readReportFile(file);
}

/** Chinese, full-width digits, a character beyond the BMP (two UTF-16 units) and both line breaks. */
const TEXT = '二、主动公开政府信息情况\r\n本年新收　１２ 件𠀀\n';
const utf8 = Buffer.from(TEXT);
const bom = Buffer.from([0xef, 0xbb, 0xbf]);

describe('readReportFile: each encoding a draft is saved in, read as the same text', () => {
  const cases: [string, Buffer, { bom: boolean; encoding: string }][] = [
    ['UTF-8', utf8, { bom: false, encoding: 'utf-8' }],
    ['UTF-8 with BOM', Buffer.concat([bom, utf8]), { bom: true, encoding: 'utf-8' }],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), { bom: true, encoding: 'utf-16le' }],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]), { bom: true, encoding: 'utf-16be' }],
    ['GB18030', encode(TEXT, 'gb18030'), { bom: false, encoding: 'gb18030' }],
  ];
  for (const [name, bytes, expected] of cases) {
    it(name, () => assert.deepEqual(read(name, bytes), { text: TEXT, ...expected }));
  }

  it('a second BOM is text of the file, kept so that --fix writes it back, whatever the encoding and size', () => {
    assert.deepEqual(read('two-boms', Buffer.concat([bom, bom, utf8])), { text: '\uFEFF' + TEXT, bom: true, encoding: 'utf-8' });
    // Past a megabyte, UTF-8 is decoded another way (readReport.ts, TRANSCODE_MAX_BYTES).
    const large = TEXT.repeat(Math.ceil(2 ** 20 / utf8.length) + 1);
    assert.deepEqual(read('two-boms-large', Buffer.concat([bom, bom, Buffer.from(large)])), { text: '\uFEFF' + large, bom: true, encoding: 'utf-8' });
    const utf16 = Buffer.from('\uFEFF\uFEFF' + TEXT, 'utf16le');
    assert.deepEqual(read('two-boms-utf16', utf16), { text: '\uFEFF' + TEXT, bom: true, encoding: 'utf-16le' });
  });

  it('an empty file is an empty text', () => {
    assert.deepEqual(read('empty', new Uint8Array()), { text: '', bom: false, encoding: 'utf-8' });
  });

  it('bytes that are neither UTF-8 nor GB18030 are refused, not read with replacement characters', () => {
    // 0xFF is no byte of UTF-8, and no GB18030 sequence begins with it.
    assert.throws(() => read('invalid', Buffer.concat([utf8, Buffer.from([0xff, 0x41])])), UnreadableFileError);
  });
});
