import fc from 'fast-check';
import { checkText } from '../server/src/core/index';
import { cpuMs } from '../test/support/cpuTime';
import { balancedSpec } from '../test/support/reportArbitraries';
import { renderReport } from '../test/support/reportGenerator';
import type { BenchResult } from './measure';

const RUNS = 5;
/** Linear work grows 4× with 4× the text, quadratic 16×; 8× lies between (the GC's share grows with a large model). */
const LIMIT = 8;

/**
 * How checking time grows with the draft, on the shapes where fuzzing once found
 * quadratic paths (section assignment, regular expressions over long lines).
 */
export function benchGrowth(): BenchResult[] {
  const [spec] = fc.sample(balancedSpec, { seed: 20240601, numRuns: 1 });
  const report = renderReport({ ...spec, layout: 'cells' }).text;
  const shapes: [string, (copies: number) => string, number][] = [
    ['a generated report, over and over', (n) => report.repeat(n), 75],
    ['a heading and a table row, over and over', (n) => '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n'.repeat(n), 2000],
    ['one long line with blanks inside', (n) => `一、总体情况${' 情况'.repeat(n)}`, 500_000],
  ];
  return shapes.map(([shape, make, copies]) => {
    const small = make(copies);
    const large = make(4 * copies);
    // The fastest of a few interleaved runs, in CPU time.
    const best = { small: Infinity, large: Infinity };
    for (let i = 0; i < RUNS; i++) {
      best.small = Math.min(best.small, cpuMs(() => checkText(small)));
      best.large = Math.min(best.large, cpuMs(() => checkText(large)));
    }
    const ratio = best.large / best.small;
    return {
      name: `Core: growth, ${shape}: time for 4× the text ÷ time for the text`,
      value: `${ratio.toFixed(1)}× (${best.small.toFixed(0)} → ${best.large.toFixed(0)} ms)`,
      target: `< ${LIMIT}×`,
      met: ratio < LIMIT,
    };
  });
}
