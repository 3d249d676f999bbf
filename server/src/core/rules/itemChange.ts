import { t } from '../l10n';
import { normalizeLabel } from '../parse/normalize';
import type { Rule } from './rule';
import { computed } from '../tables/describe';
import { formatNumber, round } from '../tables/numbers';

const COLUMNS = ['上一年项目数量', '本年增/减', '处理决定数量'];

/**
 * 上一年项目数量 ± 本年增/减 = 处理决定数量 in 表二 (2019 format). Drafters treat
 * it as a check, but it is no official identity, so it is only information.
 */
export const itemChange: Rule = {
  id: 'item-change',
  title: { zh: '项目数量增减不符', en: 'Item count change mismatch' },
  defaultSeverity: 'information',
  fix: 'none',
  description: {
    zh: '2019 年格式表二中，许多起草人以“上一年项目数量 ± 本年增/减 = 处理决定数量”自查。这不是官方规定的勾稽关系，因此只作提示，供核对时参考。',
    en: 'In table 二 of the 2019 format many drafters check that 上一年项目数量 ± 本年增/减 = 处理决定数量. It is not an official identity, so it is reported as information only, as a hint for review.',
  },
  check(ctx) {
    for (const group of ctx.report.disclosure?.groups ?? []) {
      const names = group.columns.map((c) => normalizeLabel(c.text));
      if (COLUMNS.some((c, i) => names[i] !== c)) continue;
      for (const row of group.rows) {
        const [previous, change, decided] = row.values.map((c) => (c.value.kind === 'number' ? c.value.value : undefined));
        if (previous === undefined || change === undefined || decided === undefined) continue;
        const expected = round(previous + change);
        if (expected === decided) continue;
        const sign = change < 0 ? '−' : '+';
        ctx.add({
          range: row.values[2].range,
          message: t(
            '{0}: 上一年项目数量 {1} {2} 本年增/减 {3} = {4} ≠ 处理决定数量 {5}',
            row.name,
            formatNumber(previous),
            sign,
            formatNumber(Math.abs(change)),
            computed(expected),
            formatNumber(decided),
          ),
          related: [
            { range: row.values[0].range, message: `上一年项目数量 ${formatNumber(previous)}` },
            { range: row.values[1].range, message: `本年增/减 ${row.values[1].text}` },
          ],
        });
      }
    }
  },
};
