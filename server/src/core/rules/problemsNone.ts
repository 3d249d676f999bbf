import { t } from '../l10n';
import type { Rule } from './rule';
import { sectionBodyText } from './sectionBody';

/** A body that says only that there is nothing: `无`, `无。`, `暂无`. */
const NOTHING = /^(?:暂?无|没有)[。.]?$/;

/**
 * Section 五 is where an agency says what fell short and what it did about it;
 * a reviewer sends back a report whose section 五 says only `无`. Section 六
 * may say `无。`; this one should not.
 */
export const problemsNone: Rule = {
  id: 'problems-none',
  title: { zh: '未写存在的问题', en: 'No problems reported' },
  defaultSeverity: 'warning',
  fix: 'none',
  description: {
    zh: '第五部分“存在的主要问题及改进情况”只写“无”“无。”或“暂无”：审核时会要求写明工作中存在的主要问题和相应的改进情况（第六部分可以写“无。”，第五部分不宜）。',
    en: 'Section 五 (存在的主要问题及改进情况) says only `无`, `无。` or `暂无`: reviewers expect the main problems of the year and what was done about them (section 六 may say `无。`; this one should not).',
  },
  check(ctx) {
    const section = ctx.report.sections.find((s) => s.id === 5);
    if (!section?.hasContent) return;
    const body = sectionBodyText(ctx.report, section).join('').replace(/[\s\u3000]/g, '');
    if (!NOTHING.test(body)) return;
    ctx.add({ range: section.heading.range, message: t('Section 五 says only “{0}”: state the main problems of the year and how they were addressed', body) });
  },
};
