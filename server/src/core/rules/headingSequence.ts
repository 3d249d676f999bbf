import { t } from '../l10n';
import { CHINESE_NUMERALS } from '../model/schema';
import type { SubHeading } from '../model/report';
import type { Rule } from './rule';

/** The marker renumbered, in the drafter's own brackets and punctuation. */
function renumbered(sub: SubHeading, n: number): string {
  const text = sub.marker.text.trim();
  return sub.level === 1 ? text.replace(/[一二三四五六七八九十]+/, CHINESE_NUMERALS[n - 1] ?? String(n)) : text.replace(/\d+/, String(n));
}

/**
 * Sub-headings run （一）（二）… and, under each, 1. 2. …; a repeated or skipped
 * number is a fault. After a wrong number the count goes on from it, so one slip
 * is reported once.
 */
export const headingSequence: Rule = {
  id: 'heading-sequence',
  defaultSeverity: 'warning',
  description: {
    zh: '各部分内的小标题应按（一）（二）（三）……编号，其下再按 1. 2. 3. ……编号；重复或跳过的序号通常是复制粘贴上一年报告时留下的。',
    en: 'Sub-headings within a section run （一）（二）（三）… and, under each, 1. 2. 3. …; a repeated or skipped number is usually left over from pasting last year’s report.',
  },
  check(ctx) {
    for (const section of ctx.report.sections) {
      const expected = { 1: 1, 2: 1 };
      for (const sub of section.subHeadings) {
        if (sub.number !== expected[sub.level]) report(ctx, sub, expected[sub.level]);
        expected[sub.level] = sub.number + 1;
        if (sub.level === 1) expected[2] = 1;
      }
    }
  },
};

function report(ctx: Parameters<typeof headingSequence.check>[0], sub: SubHeading, expected: number): void {
  const want = renumbered(sub, expected);
  const repeated = sub.number < expected;
  ctx.add({
    range: sub.marker.range,
    message: repeated
      ? t('Sub-heading number {0} repeats; expected {1}', sub.marker.text.trim(), want)
      : t('Sub-heading number {0} skips; expected {1}', sub.marker.text.trim(), want),
    fixes: [
      {
        title: t('Number it {0}', want),
        edits: [{ range: sub.marker.range, newText: want }],
        safe: false,
      },
    ],
  });
}
