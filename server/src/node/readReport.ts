import { isUtf8, transcode } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { t } from '../core/index';

/** A report file as text, with what is needed to write it back byte for byte alike. */
export interface ReportFile {
  text: string;
  bom: boolean;
  /** `--fix` writes a file back in the encoding it was read in. */
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

export class UnreadableFileError extends Error {}

/**
 * Reads a draft: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030 (what
 * Chinese Windows saves by default). Binary files are refused with a clear reason.
 */
export function readReportFile(path: string): ReportFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UnreadableFileError((e as NodeJS.ErrnoException).code === 'ENOENT' ? t('no such file') : (e as Error).message);
  }
  return decodeReport(bytes, false);
}

/** Standard input (`govreport check -`), decoded as a file would be. */
export function readStandardInput(): ReportFile {
  return decodeReport(readFileSync(0), false);
}

/** Where readReportHead reads: a run reads thousands of heads, one at a time. */
let headBuffer = Buffer.alloc(0);

/** A file's first bytes as text; good until the next head is read, as they share one buffer. */
export interface ReportHead {
  /** All of them, decoded as readReportFile would the whole file (a character cut in two is dropped). */
  text(): string;
  /**
   * The text of only the first `bytes` of them, when that is the start of `text()`: they are UTF-8 and
   * the head has more. Decoding costs as much as the bytes decoded, and the top is often all a run needs.
   */
  start(bytes: number): string | undefined;
}

/** A file's first `size` bytes (see ReportHead). */
export function readReportHead(path: string, size: number): ReportHead {
  if (headBuffer.length < size) headBuffer = Buffer.alloc(size);
  const fd = openSync(path, 'r');
  let head: Buffer;
  try {
    head = headBuffer.subarray(0, readSync(fd, headBuffer, 0, size, 0));
  } finally {
    closeSync(fd);
  }
  const body = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
  return {
    text: () => decodeReport(head, true).text,
    start: (bytes) => (body.length > bytes && !body.includes(0) && isUtf8Start(body) ? new TextDecoder('utf-8', KEEP_BOM).decode(body.subarray(0, bytes), { stream: true }) : undefined),
  };
}

/**
 * Whether decodeReport reads `bytes`, the start of a file, as UTF-8: valid but for a last character the
 * cut left unfinished, as long as what is left of it could begin one.
 */
function isUtf8Start(bytes: Uint8Array): boolean {
  let last = bytes.length - 1;
  while (last > 0 && last > bytes.length - 4 && (bytes[last] & 0xc0) === 0x80) last--;
  const length = bytes[last] >= 0xf0 ? 4 : bytes[last] >= 0xe0 ? 3 : bytes[last] >= 0xc0 ? 2 : 1;
  if (bytes.length - last >= length) return isUtf8(bytes);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(last), { stream: true });
  } catch {
    return false;
  }
  return isUtf8(bytes.subarray(0, last));
}

/** Where readFileBytes reads a file of up to SHARED_READ_MAX bytes: a folder's run reads thousands, one after the other. */
let readBuffer = Buffer.alloc(0);
/** A larger file gets a buffer of its own, so that one large file does not keep its size in memory. */
const SHARED_READ_MAX = 2 ** 20;

/**
 * A file's bytes, refused with `tooLarge` beyond `limit` bytes. Its size from the open file, not from a
 * stat of the path: a folder's run opens thousands of files, and each call to the system counts. The
 * bytes of a file of up to a megabyte are in a buffer the next call reuses: decode or copy them at once.
 */
export function readFileBytes(path: string, limit: number, tooLarge: () => string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > limit) throw new UnreadableFileError(tooLarge());
    // A file that does not know its size (a pipe, a device) is read to its end.
    if (size === 0) return readFileSync(fd);
    if (size <= SHARED_READ_MAX && readBuffer.length < size) readBuffer = Buffer.allocUnsafe(Math.max(size, 2 ** 16));
    const bytes = size <= SHARED_READ_MAX ? readBuffer : Buffer.allocUnsafe(size);
    let read = 0;
    for (let n; read < size && (n = readSync(fd, bytes, read, size - read, read)) > 0; ) read += n;
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Our decoders are given the bytes after the byte order mark that names the encoding; a second one is text of
 * the file, as the editor shows it, and `--fix` writes it back. TextDecoder would drop it.
 */
const KEEP_BOM = { ignoreBOM: true };

/** A text report's bytes as text, in the encoding they were written in (see readReportFile). */
export function decodeReport(bytes: Buffer, partial: boolean): ReportFile {
  const stream = { stream: partial };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', KEEP_BOM).decode(bytes.subarray(2), stream), bom: true, encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', KEEP_BOM).decode(bytes.subarray(2), stream), bom: true, encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.subarray(0, 8192).includes(0)) throw new UnreadableFileError(t('binary file (it contains NUL bytes), not a text report'));
  if (!partial && body.length <= TRANSCODE_MAX_BYTES && isUtf8(body)) return { text: utf8Text(body), bom, encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ...KEEP_BOM }).decode(body, stream), bom, encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(body, stream), bom: false, encoding: 'gb18030' };
    } catch {
      throw new UnreadableFileError(t('neither UTF-8 nor GB18030 text'));
    }
  }
}

/**
 * Texts up to this size, every report, are decoded by utf8Text. A larger file is no report but may be read:
 * TextDecoder makes a string of one byte a character of ASCII text, where utf8Text makes one of two and a buffer
 * of two more (a 90 MB ASCII file: 750 MB at the peak against 590 MB).
 */
const TRANSCODE_MAX_BYTES = 2 ** 20;

/**
 * Valid UTF-8 as a string. Through UTF-16 bytes, because Node 20 turns Chinese UTF-8 into a string five times
 * slower than it converts it to UTF-16 and copies that in: 7 % of a folder's run on one thread went to decoding
 * before.
 */
function utf8Text(body: Buffer): string {
  return transcode(body, 'utf8', 'utf16le').toString('utf16le');
}
