import { accessSync, chmodSync, constants, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { encodeReport } from '../node/encodeReport';
import type { ReportFile } from '../node/readReport';

/**
 * Writes fixed text back atomically: a temporary file beside the original, then
 * a rename, so a crash or a full disk never leaves half a report. The encoding, the
 * BOM and the file mode are kept; line endings are whatever the text has, untouched by fixes.
 */
export async function writeFixedFile(path: string, original: ReportFile, text: string): Promise<void> {
  assertWritable(path);
  const bytes = await encodeReport(text, original);
  const temp = join(dirname(path), `.${basename(path)}.govreport-${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    chmodSync(temp, statSync(path).mode);
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
    throw e;
  }
}

/**
 * Refuses a file that may not be written. The rename replaces a file by its
 * folder's permission, not the file's own, so a read-only file would be
 * overwritten; and root passes every access check, so the mode bits count too.
 */
function assertWritable(path: string): void {
  accessSync(path, constants.W_OK);
  if ((statSync(path).mode & 0o222) === 0) throw new Error(`EACCES: permission denied, read-only file '${path}'`);
}
