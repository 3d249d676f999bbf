import { checkText } from '../server/src/core/index';
import { repeatedCorpus } from '../test/support/largeDrafts';
import { formatMs, median, timeMs, type BenchResult } from './measure';

const SIZE = 10 * 2 ** 20;
const RUNS = 3;

/** The pure core on a 10 MB report: one parse and every rule, median of a few runs. */
export function benchCheck10mb(): BenchResult[] {
  const text = repeatedCorpus(SIZE);
  checkText(text.slice(0, 2 ** 20)); // warm up the JIT on a smaller piece
  const times = Array.from({ length: RUNS }, () => timeMs(() => checkText(text)));
  return [{ name: `Core: \`checkText\` on a 10 MB report (median of ${RUNS})`, value: formatMs(median(times)), target: '' }];
}
