import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyEdits, checkText, parseReport, TextLines, type Config, type Finding, type Fix, type Range } from '../../server/src/core/index';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The balanced fixtures: both format versions in every layout. */
export const BALANCED = ['2019-cells.txt', '2019-rows.txt', '2019-pipes.md', '2019-spaced.txt', '2021-cells.txt', '2021-rows.txt', '2021-pipes.md', '2021-spaced.txt'];

/** The findings of `text`; `previous` is the text of last year's report, for `carried-over`. */
export function findings(text: string, config?: Config, previous?: string): Finding[] {
  return checkText(text, config, previous === undefined ? undefined : { report: parseReport(previous), name: 'last-year.txt', file: '/drafts/last-year.txt' }).findings;
}

/** `rule@line:char` (1-based), compact enough to compare lists of findings. */
export function where(f: Finding): string {
  return `${f.rule}@${f.range.start.line + 1}:${f.range.start.character + 1}`;
}

export function textAt(text: string, r: Range): string {
  const lines = new TextLines(text);
  return text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(new TextLines(text), fix.edits);
}

/** Replaces the `n`-th (0-based) match of `pattern` in the text. */
export function replaceNth(text: string, pattern: RegExp, n: number, replacement: string): string {
  let i = 0;
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const out = text.replace(global, (m) => (i++ === n ? replacement : m));
  if (i <= n) throw new Error(`pattern ${pattern} matched only ${i} times`);
  return out;
}

/**
 * Applies a finding's fix and checks the three things every fix must do: the
 * finding is gone, no other finding appeared or vanished, and offering the
 * same fix again on the result is impossible (applying it again changes nothing).
 * `allowNew` names rules whose findings the fix may add on purpose (a new empty
 * section inserted by a missing-section fix is itself empty).
 */
export function checkFix(text: string, finding: Finding, fix: Fix = finding.fixes[0], allowNew: string[] = [], previous?: string): string {
  const before = findings(text, undefined, previous).filter((f) => f !== finding && where(f) !== where(finding));
  const fixed = applyFix(text, fix);
  const after = findings(fixed, undefined, previous);
  const start = finding.range.start;
  const same = (f: Finding) => f.rule === finding.rule && f.range.start.line === start.line && f.range.start.character === start.character;
  if (after.some(same)) throw new Error(`fix "${fix.title}" left ${where(finding)}: ${finding.message}`);
  const others = after.filter((f) => !allowNew.includes(f.rule)).map((f) => `${f.rule}:${f.message}`).sort();
  const expected = before.map((f) => `${f.rule}:${f.message}`).sort();
  if (JSON.stringify(others) !== JSON.stringify(expected)) {
    throw new Error(`fix "${fix.title}" changed other findings:\n before ${expected.join('\n  ')}\n after ${others.join('\n  ')}`);
  }
  const again = after.flatMap((f) => f.fixes).find((x) => x.title === fix.title && JSON.stringify(x.edits) === JSON.stringify(fix.edits));
  if (again && applyFix(fixed, again) !== fixed) throw new Error(`fix "${fix.title}" is not idempotent`);
  return fixed;
}
