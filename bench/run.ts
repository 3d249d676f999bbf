import { benchCheck10mb } from './check10mb';
import { benchCli } from './cli';
import { benchGrowth } from './growth';
import type { BenchResult } from './measure';
import { benchPdf } from './pdf';
import { benchServer } from './server';

/**
 * `npm run bench`: every benchmark, then one Markdown table of the results
 * (the README's). Name some to run only those: `bench/run.ts server`.
 */
const BENCHMARKS: Record<string, () => BenchResult[] | Promise<BenchResult[]>> = {
  check10mb: benchCheck10mb,
  cli: benchCli,
  growth: benchGrowth,
  pdf: benchPdf,
  server: benchServer,
};

function markdownTable(results: readonly BenchResult[]): string {
  const verdict = (r: BenchResult) => (r.met === undefined ? '' : r.met ? ' ✓' : ' ✗');
  return [
    '| Benchmark | Result | Target |',
    '|---|---|---|',
    ...results.map((r) => `| ${r.name} | ${r.value} | ${r.target}${verdict(r)} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(name in BENCHMARKS));
  if (unknown.length) throw new Error(`no benchmark ${unknown.join(', ')}; there are ${Object.keys(BENCHMARKS).join(', ')}`);
  const results: BenchResult[] = [];
  for (const [name, bench] of Object.entries(BENCHMARKS)) {
    if (chosen.length && !chosen.includes(name)) continue;
    process.stderr.write(`running ${name}…\n`);
    results.push(...(await bench()));
  }
  console.log(markdownTable(results));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
