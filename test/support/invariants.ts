import {
  applyEdits,
  checkText,
  foldingRanges,
  outline,
  safeFixEdits,
  TextLines,
  type Finding,
  type Fix,
  type OutlineItem,
  type Range,
  type Report,
  type TextEdit,
} from '../../server/src/core/index';
import { comparePositions } from '../../server/src/core/text/position';

/**
 * What must hold for every check of every text, whatever it holds: the
 * properties, the hostile corpus and the regression fixtures all check these.
 * Each function returns what is wrong, as readable sentences; none means all is well.
 */

/** Why `range` is no place in the document: a line past the end, a character past its line, an end before the start. */
export function rangeProblem(lines: TextLines, range: Range): string | undefined {
  for (const p of [range.start, range.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `bad position ${JSON.stringify(p)}`;
    if (p.line >= lines.lineCount) return `line ${p.line} of ${lines.lineCount}`;
    if (p.character > lines.lines[p.line].length) return `character ${p.character} of ${lines.lines[p.line].length} on line ${p.line}`;
  }
  if (comparePositions(range.start, range.end) > 0) return `end before start in ${JSON.stringify(range)}`;
  return undefined;
}

/** Every finding's range, related ranges and fix edits lie inside the document. */
export function rangeProblems(text: string, findings: readonly Finding[]): string[] {
  const lines = new TextLines(text);
  const problems: string[] = [];
  for (const f of findings) {
    const ranges = [f.range, ...f.related.map((r) => r.range), ...f.fixes.flatMap((x) => x.edits.map((e) => e.range))];
    for (const r of ranges) {
      const problem = rangeProblem(lines, r);
      if (problem) problems.push(`${f.rule} “${f.message}”: ${problem}`);
    }
  }
  return problems;
}

/** The editor features on the same model: outline entries and folding ranges lie inside the document. */
export function featureProblems(report: Report): string[] {
  const { lines } = report;
  const problems: string[] = [];
  const visit = (item: OutlineItem) => {
    for (const r of [item.range, item.selectionRange]) {
      const problem = rangeProblem(lines, r);
      if (problem) problems.push(`outline “${item.name}”: ${problem}`);
    }
    item.children.forEach(visit);
  };
  outline(report).forEach(visit);
  for (const f of foldingRanges(report)) {
    if (!(f.startLine >= 0 && f.startLine < f.endLine && f.endLine < lines.lineCount)) problems.push(`folding ${f.startLine}..${f.endLine} of ${lines.lineCount} lines`);
  }
  return problems;
}

/** Edits in document order that do not overlap. */
function overlapping(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start));
  return sorted.some((e, i) => i > 0 && comparePositions(e.range.start, sorted[i - 1].range.end) < 0);
}

/** The text before the first edit and after the last is the same in both. */
function unchangedOutside(lines: TextLines, edits: readonly TextEdit[], fixed: string): boolean {
  const starts = edits.map((e) => lines.offsetAt(e.range.start));
  const ends = edits.map((e) => lines.offsetAt(e.range.end));
  const before = Math.min(...starts);
  const after = lines.text.length - Math.max(...ends);
  return fixed.slice(0, before) === lines.text.slice(0, before) && fixed.slice(fixed.length - after) === lines.text.slice(lines.text.length - after);
}

const findingKey = (f: Finding) => `${f.rule}\u0000${f.message}`;
const fixKey = (x: Fix) => `${x.title}\u0000${x.edits.map((e) => e.newText).join('\u0000')}`;
const countOf = <T>(items: readonly T[], key: (item: T) => string, wanted: string) => items.filter((i) => key(i) === wanted).length;

/**
 * Applies one fix and checks it: its edits are valid and do not overlap,
 * nothing outside them changed, its finding is gone, and the same fix is not
 * offered again. Findings are told apart by rule and message (many blank cells
 * share one): after the fix there must be fewer of this one, and fewer offers of this fix.
 */
export function fixProblems(text: string, findings: readonly Finding[], finding: Finding, fix: Fix): string[] {
  const lines = new TextLines(text);
  const name = `fix “${fix.title}” of ${finding.rule} “${finding.message}”`;
  const invalid = fix.edits.map((e) => rangeProblem(lines, e.range)).filter(Boolean);
  if (invalid.length) return [`${name}: ${invalid.join('; ')}`];
  if (overlapping(fix.edits)) return [`${name}: its edits overlap`];
  const fixed = applyEdits(lines, fix.edits);
  const problems: string[] = [];
  if (!unchangedOutside(lines, fix.edits, fixed)) problems.push(`${name}: changed text outside its edits`);
  const after = checkText(fixed).findings;
  if (countOf(after, findingKey, findingKey(finding)) >= countOf(findings, findingKey, findingKey(finding))) {
    problems.push(`${name}: the finding is still there`);
  }
  const offers = (list: readonly Finding[]) => countOf(list.flatMap((f) => f.fixes), fixKey, fixKey(fix));
  if (offers(after) >= offers(findings)) problems.push(`${name}: the same fix is offered again`);
  return problems;
}

/** Fix-all converges in one pass: after `safeFixEdits`, no finding has a safe fix left. */
export function fixAllProblems(text: string, findings: readonly Finding[]): string[] {
  const edits = safeFixEdits(findings);
  if (!edits.length) return [];
  const fixed = applyEdits(new TextLines(text), edits);
  return checkText(fixed)
    .findings.filter((f) => f.fixes.some((x) => x.safe))
    .map((f) => `after fix-all, ${f.rule} “${f.message}” at ${JSON.stringify(f.range.start)} still has a safe fix`);
}
