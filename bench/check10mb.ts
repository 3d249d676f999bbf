import { checkText } from '../server/src/core/index';
import { CORPUS_FILES, corpusText } from '../test/corpus';
import { formatMs, median, timeMs, type BenchResult } from './measure';

const SIZE = 10 * 2 ** 20;
const RUNS = 3;

/** The corpus drafts one after another, repeated up to `size` UTF-16 code units: tables and headings many times over. */
export function repeatedCorpus(size: number): string {
  const corpus = CORPUS_FILES.map((f) => corpusText(f.slice(0, 3))).join('\n');
  return corpus.repeat(Math.ceil(size / corpus.length)).slice(0, size);
}

/** The pure core on a 10 MB report: one parse and every rule, median of a few runs. */
export function benchCheck10mb(): BenchResult[] {
  const text = repeatedCorpus(SIZE);
  checkText(text.slice(0, 2 ** 20)); // warm up the JIT on a smaller piece
  const times = Array.from({ length: RUNS }, () => timeMs(() => checkText(text)));
  return [{ name: `Core: \`checkText\` on a 10 MB report (median of ${RUNS})`, value: formatMs(median(times)), target: '' }];
}
