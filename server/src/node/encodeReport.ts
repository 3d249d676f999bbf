import { t } from '../core/index';
import type { ReportFile } from './readReport';

/**
 * The bytes of `text` in the encoding the file was read in, with its BOM if it
 * had one, so `--fix` leaves a GB18030 or UTF-16 file in its encoding. A text
 * that would not read back the same is refused rather than written. The GB18030
 * encoder, a large library, loads the first time it is needed.
 */
export async function encodeReport(text: string, original: ReportFile): Promise<Buffer> {
  switch (original.encoding) {
    case 'utf-8':
      return Buffer.from((original.bom ? '\uFEFF' : '') + text, 'utf8');
    case 'utf-16le':
      return Buffer.from('\uFEFF' + text, 'utf16le');
    case 'utf-16be':
      return Buffer.from('\uFEFF' + text, 'utf16le').swap16();
    case 'gb18030': {
      const { encode } = await import('iconv-lite');
      const bytes = encode(text, 'gb18030');
      if (new TextDecoder('gb18030').decode(bytes) !== text) throw new Error(t('the fixed text cannot be written back as GB18030'));
      return bytes;
    }
  }
}
