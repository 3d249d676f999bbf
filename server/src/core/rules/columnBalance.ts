import { t } from '../l10n';
import { APPLICATION_COLUMNS } from '../model/schema';
import { describeTerms } from '../tables/describe';
import { formatNumber } from '../tables/numbers';
import { relatedCells } from './relatedCells';
import type { Rule } from './rule';

/**
 * 一 + 二 = （七）总计 + 四, column by column (总计 too), as printed on the table
 * itself, when no single cell explains the break (else `wrong-cell` reports it).
 * The finding underlines 四 (结转), the number a drafter most often forgets to
 * update. No fix: which of the four numbers is wrong is not known.
 */
export const columnBalance: Rule = {
  id: 'column-balance',
  title: { zh: '列收支不平衡', en: 'Column out of balance' },
  defaultSeverity: 'error',
  fix: 'none',
  description: {
    zh: '表三每一列（包括总计列）应满足“第一项加第二项之和，等于第三项加第四项之和”：本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理。只有一个单元格能解释不符时，由 wrong-cell 在该单元格报告。',
    en: 'In table 三, every column (总计 too) must satisfy the identity printed on the table: 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理 (received + carried over = handled + carried forward). When a single cell explains the break, wrong-cell reports it at that cell.',
  },
  check(ctx) {
    const { math } = ctx;
    for (const check of math.unexplained) {
      const { identity } = check;
      if (identity.kind !== 'column-balance') continue;
      ctx.add({
        range: identity.anchor.markRange,
        message: t(
          '{0}: 一 + 二 = {1}, whose sum (computed) is {2}; but （七）总计 + 四 = {3}, whose sum (computed) is {4}',
          APPLICATION_COLUMNS[identity.column],
          describeTerms(identity.left, math),
          formatNumber(check.left),
          describeTerms(identity.right, math),
          formatNumber(check.right),
        ),
        related: relatedCells([...identity.left, identity.right[0]], math),
      });
    }
  },
};
