/** What every benchmark reports: one line of the results table. */
export interface BenchResult {
  name: string;
  /** The measurement, formatted for reading (`12.3 ms`, `4,567 files/s`). */
  value: string;
  /** The goal, as the README states it; empty when there is none. */
  target: string;
  /** Whether the goal was met; undefined when there is no goal. */
  met?: boolean;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The nearest-rank percentile: the smallest value with at least `p`% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** The fastest of `runs` measurements: other work on a shared machine only ever slows a run. */
export function fastest(runs: number, measure: () => number): number {
  return Math.min(...Array.from({ length: runs }, measure));
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Milliseconds `work` takes, by the monotonic clock. */
export function timeMs(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}
