import { t } from '../l10n';
import { APPLICATION_COLUMNS, APPLICATION_TOTAL } from '../model/schema';
import type { Rule } from './rule';
import { formatNumber } from '../tables/formatSum';
import { round } from '../tables/tableMath';

/**
 * 一 + 二 = （七）总计 + 四, column by column, as printed on the table itself.
 * Totals count as the sums of their parts (see TableMath), so a wrong （七） is
 * reported once, by `result-total`, not again here. The finding underlines 四 (结转), the
 * number a drafter most often forgets to update.
 */
export const columnBalance: Rule = {
  id: 'column-balance',
  defaultSeverity: 'error',
  description: {
    zh: '表三每一列应满足“第一项加第二项之和，等于第三项加第四项之和”：本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理。',
    en: 'In table 三, every column must satisfy the identity printed on the table: 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理 (received + carried over = handled + carried forward).',
  },
  check(ctx) {
    const { math } = ctx;
    for (const b of ctx.math.balances) {
      const values = [b.received, b.carriedOver, b.resultTotal, b.carriedForward].map((c) => math.value(c));
      if (values.some((v) => v === undefined)) continue;
      const [received, carriedOver, total, forward] = values as number[];
      const left = round(received + carriedOver);
      const right = round(total + forward);
      if (left === right) continue;
      const f = formatNumber;
      const fixes = [];
      const forwardShould = round(left - total);
      const rowTotal = b.carriedForwardRow[APPLICATION_TOTAL];
      if (forwardShould >= 0 && b.carriedForward.value.kind === 'number' && rowTotal.value.kind === 'number') {
        // Change the cell and its row's 总计 together, so the row still adds up.
        const newRowTotal = round((math.value(rowTotal) ?? 0) - forward + forwardShould);
        fixes.push({
          title: t('Set 结转下年度继续办理 to {0}', f(forwardShould)),
          edits: [
            { range: b.carriedForward.range, newText: f(forwardShould) },
            { range: rowTotal.range, newText: f(newRowTotal) },
          ],
          safe: false,
        });
      }
      ctx.add({
        range: b.carriedForward.markRange,
        message: t(
          '{0}: 一 + 二 = {1} + {2} = {3}, but （七）总计 + 四 = {4} + {5} = {6}',
          APPLICATION_COLUMNS[b.column],
          f(received),
          f(carriedOver),
          f(left),
          f(total),
          f(forward),
          f(right),
        ),
        related: [
          { range: b.received.markRange, message: `一、本年新收 ${f(received)}` },
          { range: b.carriedOver.markRange, message: `二、上年结转 ${f(carriedOver)}` },
          { range: b.resultTotal.markRange, message: `（七）总计 ${f(total)}` },
        ],
        fixes,
      });
    }
  },
};
