import { t } from '../l10n';
import { CHINESE_NUMERALS } from '../model/schema';
import type { SubHeading } from '../model/report';
import type { Rule, RuleContext } from './rule';

/** The marker renumbered, in the drafter's own brackets and punctuation. */
function renumbered(sub: SubHeading, n: number): string {
  const text = sub.marker.text;
  return sub.level === 1 ? text.replace(/[一二三四五六七八九十]+/, CHINESE_NUMERALS[n - 1] ?? String(n)) : text.replace(/\d+/, String(n));
}

/**
 * Sub-headings run （一）（二）… and, under each, 1. 2. …; a repeated or skipped
 * number is a fault. After a wrong number the count goes on from it, so one slip
 * is reported once.
 */
export const headingSequence: Rule = {
  id: 'heading-sequence',
  title: { zh: '小标题序号错误', en: 'Heading sequence' },
  defaultSeverity: 'warning',
  fix: 'unsafe',
  description: {
    zh: '各部分内的小标题应按（一）（二）（三）……编号，其下再按 1. 2. 3. ……编号；重复或跳过的序号通常是复制粘贴上一年报告时留下的。',
    en: 'Sub-headings within a section run （一）（二）（三）… and, under each, 1. 2. 3. …; a repeated or skipped number is usually left over from pasting last year’s report.',
  },
  check(ctx) {
    for (const section of ctx.report.sections) {
      const expected = { 1: 1, 2: 1 };
      section.subHeadings.forEach((sub, i) => {
        if (sub.number !== expected[sub.level]) {
          report(ctx, sub, expected[sub.level], siblingsAfter(section.subHeadings, i));
        }
        expected[sub.level] = sub.number + 1;
        if (sub.level === 1) expected[2] = 1;
      });
    }
  },
};

/** The sub-headings after `i` at its level, up to the end of its parent. */
function siblingsAfter(subs: SubHeading[], i: number): SubHeading[] {
  const { level } = subs[i];
  const out: SubHeading[] = [];
  for (const next of subs.slice(i + 1)) {
    if (next.level < level) break;
    if (next.level === level) out.push(next);
  }
  return out;
}

/**
 * The fix renumbers this heading and the ones after it at its level, so fixing
 * a repeated （二） does not turn the （三） after it into a repeat.
 */
function report(ctx: RuleContext, sub: SubHeading, expected: number, following: SubHeading[]): void {
  const want = renumbered(sub, expected);
  const edits = [sub, ...following]
    .map((s, k) => ({ range: s.marker.range, newText: renumbered(s, expected + k) }))
    .filter((e, k) => k === 0 || e.newText !== following[k - 1].marker.text);
  ctx.add({
    range: sub.marker.range,
    message:
      sub.number < expected
        ? t('Sub-heading number {0} repeats; expected {1}', sub.marker.text, want)
        : t('Sub-heading number {0} skips; expected {1}', sub.marker.text, want),
    fixes: [{ title: edits.length > 1 ? t('Renumber from {0} on', want) : t('Number it {0}', want), edits, safe: false }],
  });
}
