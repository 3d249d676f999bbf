import { checkText } from '../server/src/core/index';
import { longReport, repeatedCorpus } from '../test/support/largeDrafts';
import { formatMs, median, timeMs, type BenchResult } from './measure';

const SIZE = 10 * 2 ** 20;
const RUNS = 3;

/** The pure core on 10 MB: one parse and every rule, median of a few runs. */
export function benchCheck10mb(): BenchResult[] {
  const drafts = [
    { name: 'one 10 MB report', text: longReport(SIZE) },
    { name: '10 MB of corpus reports pasted one after another', text: repeatedCorpus(SIZE) },
  ];
  checkText(drafts[1].text.slice(0, 2 ** 20)); // warm up the JIT on a smaller piece
  return drafts.map(({ name, text }) => {
    const times = Array.from({ length: RUNS }, () => timeMs(() => checkText(text)));
    return { name: `Core: \`checkText\` on ${name} (median of ${RUNS})`, value: formatMs(median(times)), target: '' };
  });
}
