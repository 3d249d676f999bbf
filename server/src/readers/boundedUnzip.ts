import { Unzip, UnzipInflate } from 'fflate';
import { t } from '../core/index';
import { UnreadableFileError } from '../node/readReport';

/**
 * The named entries of a zip file, each inflated to at most `limit` bytes: the
 * sizes a zip declares may lie, so what is inflated is counted as it comes, and
 * a zip bomb stops at the limit instead of filling the memory.
 */
export function boundedUnzip(bytes: Uint8Array, names: readonly string[], limit: number): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const unzip = new Unzip((file) => {
    if (!names.includes(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw new UnreadableFileError(t('broken zip file: {0}', error.message));
      size += chunk.length;
      if (size > limit) throw new UnreadableFileError(t('{0} inflates to more than {1} MB: not read (a zip bomb?)', file.name, limit / 2 ** 20));
      chunks.push(chunk);
      if (final) out.set(file.name, Buffer.concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError(t('broken zip file: {0}', (e as Error).message));
  }
  return out;
}
