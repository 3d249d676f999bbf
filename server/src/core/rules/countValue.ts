import { t } from '../l10n';
import type { Rule } from './rule';
import { cellLabel } from '../tables/cellNames';
import type { ValueCell } from '../tables/valueCells';

/** A cell that counts things: every cell of 表三 and 表四; in 表二, not 本年增/减 (2019) nor a 金额 column. */
function isCount({ table, column }: ValueCell): boolean {
  return table !== 2 || column?.kind === 'count';
}

/** Applications, cases, documents: a count is a whole number, 0 or more. */
export const countValue: Rule = {
  id: 'count-value',
  title: { zh: '件数为负数或小数', en: 'Count below 0 or with decimals' },
  defaultSeverity: 'error',
  fix: 'none',
  description: {
    zh: '表二、表三、表四中的件数、数量都是不小于 0 的整数：写成负数（-1、减少2）或小数（1.5）说明填错了。表二的“本年收费金额（单位：万元）”“采购总金额”可以有小数，2019 年格式的“本年增/减”可以为负数，不在此列。',
    en: 'The counts in tables 二, 三 and 四 are whole numbers, 0 or more: a negative one (-1, 减少2) or one with decimals (1.5) is a mistake. Table 二’s money columns may hold decimals and the 2019 format’s 本年增/减 may be negative; they are not checked.',
  },
  check(ctx) {
    for (const v of ctx.math.cells) {
      const value = v.cell.value;
      // Most cells are whole and 0 or more: looked at no further, nor named.
      if (value.kind !== 'number' || (value.value >= 0 && Number.isInteger(value.value)) || !isCount(v)) continue;
      const name = ctx.math.nameOf(v.cell);
      const where = name ? `${name.table} ${cellLabel(name)}` : '';
      const message =
        value.value < 0
          ? t('{0}: {1} is below 0, but a count cannot be', where, value.clean)
          : t('{0}: {1} has decimals, but a count is a whole number', where, value.clean);
      ctx.add({ range: v.cell.range, message });
    }
  },
};
