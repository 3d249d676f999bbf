import { t } from '../l10n';
import { cellLabel } from '../tables/cellNames';
import { describeTerms } from '../tables/describe';
import type { IdentityKind } from '../tables/identities';
import { formatNumber } from '../tables/numbers';
import { relatedCells } from './relatedCells';
import type { Rule } from './rule';

/**
 * The rules `row-total`, `result-total` and `review-total` differ only in which
 * identities they report: a written total that is not the sum of its parts,
 * when no single cell explains the break (else `wrong-cell` reports it). A blank
 * total is left to `blank-cell`, whose fix fills in the sum.
 */
export function totalRule(id: Exclude<IdentityKind, 'column-balance'>, title: Rule['title'], description: Rule['description']): Rule {
  return {
    id,
    title,
    defaultSeverity: 'error',
    fix: 'unsafe',
    description,
    check(ctx) {
      const { math } = ctx;
      for (const check of math.unexplained) {
        const { identity } = check;
        if (identity.kind !== id) continue;
        const total = identity.left[0];
        const args = [cellLabel(math.nameOf(total)), describeTerms([total], math), describeTerms(identity.right, math), formatNumber(check.right)];
        ctx.add({
          range: total.markRange,
          message: id === 'review-total' ? t('{0}: total {1} ≠ {2}, whose sum (computed) is {3}; any of the five cells may be wrong', ...args) : t('{0}: total {1} ≠ {2}, whose sum (computed) is {3}', ...args),
          related: relatedCells(identity.right, math),
          fixes:
            total.value.kind === 'number'
              ? [{ title: t('Set the total to {0}', formatNumber(check.right)), edits: [{ range: total.range, newText: formatNumber(check.right) }], safe: false }]
              : [],
        });
      }
    },
  };
}
