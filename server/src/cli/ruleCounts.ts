import type { Finding } from '../core/index';

/** How often each rule was found in one file, most frequent first (ties by id). */
export function ruleCounts(findings: readonly Pick<Finding, 'rule'>[]): [rule: string, count: number][] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** `blank-cell ×136, empty-section ×1`. */
export function describeRuleCounts(counts: readonly [string, number][]): string {
  return counts.map(([rule, n]) => `${rule} ×${n}`).join(', ');
}
