import { t } from '../l10n';
import type { Rule, RuleContext } from './rule';
import type { SumIdentity } from '../tables/tableMath';
import { describeSum, formatNumber } from '../tables/formatSum';

/**
 * The rules `row-total`, `result-total` and `review-total` differ only in which
 * identities they check: a written total must equal the sum of its parts.
 * A blank total is left to `blank-cell`, whose fix fills in the sum.
 */
export function sumRule(id: SumIdentity['rule'], description: Rule['description']): Rule {
  return {
    id,
    defaultSeverity: 'error',
    description,
    check(ctx: RuleContext) {
      const { math } = ctx;
      for (const sum of math.sums) {
        if (sum.rule !== id || sum.total.value.kind !== 'number') continue;
        const expected = math.expected(sum.total);
        const written = sum.total.value.value;
        if (expected === undefined || expected === written) continue;
        const name = math.nameOf(sum.total);
        const where = name ? `${name.row} · ${name.column}` : '';
        ctx.add({
          range: sum.total.range,
          message: t('{0}: total {1} ≠ {2} = {3}', where, formatNumber(written), describeSum(sum.parts, (c) => math.value(c)), formatNumber(expected)),
          related: sum.parts.map((c) => {
            const n = math.nameOf(c);
            return { range: c.markRange, message: `${n?.row ?? ''} · ${n?.column ?? ''} = ${formatNumber(math.value(c) ?? 0)}` };
          }),
          fixes: [
            {
              title: t('Set the total to {0}', formatNumber(expected)),
              edits: [{ range: sum.total.range, newText: formatNumber(expected) }],
              safe: false,
            },
          ],
        });
      }
    },
  };
}
