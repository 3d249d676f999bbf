import { t } from '../l10n';
import type { Rule } from './rule';
import { sectionBodyText } from './sectionBody';

const FEE = /信息处理费|处理费|收费/;

/**
 * From the 2021 format on, section 六 reports the 信息处理费 charged under
 * 《政府信息公开信息处理费管理办法》: notices sent, amount, amount received.
 */
export const feeReport: Rule = {
  id: 'fee-report',
  title: { zh: '未报告信息处理费', en: 'Fee not reported' },
  defaultSeverity: 'warning',
  fix: 'none',
  description: {
    zh: '2021 年格式要求在第六部分报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况：发出收费通知的件数、总金额及实际收取的总金额；未收取的也应写明。',
    en: 'From the 2021 format on, section 六 must report the 信息处理费 (information processing fees) charged under the fee regulation: notices sent, amount billed, amount received — or state that none were charged.',
  },
  check(ctx) {
    if (ctx.expectedVersion !== '2021') return;
    const section = ctx.report.sections.find((s) => s.id === 6);
    if (!section || !section.hasContent) return;
    if (sectionBodyText(ctx.report, section).some((text) => FEE.test(text))) return;
    ctx.add({ range: section.heading.range, message: t('Section 六 does not report the 信息处理费 charged, as the 2021 format requires') });
  },
};
