import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The shared corpus of real drafts, next to the repository (`../shared/corpus`). */
export const CORPUS_DIR = process.env.GOVREPORT_CORPUS ?? path.resolve(__dirname, '../../shared/corpus');

/** Corpus file names in order: `000_….txt`, `001_….txt`, … */
export const CORPUS_FILES: readonly string[] = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** The path of a corpus file by its number prefix, e.g. `corpusPath('002')`. */
export function corpusPath(prefix: string): string {
  const name = CORPUS_FILES.find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no corpus file ${prefix}_* in ${CORPUS_DIR}`);
  return path.join(CORPUS_DIR, name);
}

export function corpusText(prefix: string): string {
  return readFileSync(corpusPath(prefix), 'utf8');
}

/** The six section headings of corpus 000, as written there, in order. */
export const SECTION_HEADINGS_000: readonly string[] = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  '五、政府信息公开工作存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
