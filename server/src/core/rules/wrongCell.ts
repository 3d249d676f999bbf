import { t } from '../l10n';
import { cellLabel } from '../tables/cellNames';
import { cellsOf } from '../tables/identities';
import { computed } from '../tables/describe';
import { formatNumber, isBlank } from '../tables/numbers';
import { relatedCells } from './relatedCells';
import type { Rule } from './rule';

/**
 * One cell of 表三 or 表四 that alone explains the broken identities around it
 * (see tables/localise.ts): reported once, at that cell, with the value every
 * identity it takes part in needs. A blank cell is left to `blank-cell`.
 */
export const wrongCell: Rule = {
  id: 'wrong-cell',
  title: { zh: '单元格填错', en: 'Wrong cell' },
  defaultSeverity: 'error',
  fix: 'unsafe',
  description: {
    zh: '表三、表四的勾稽关系（行总计、（七）总计、“第一项加第二项之和，等于第三项加第四项之和”、表四各组总计）不成立，且只有一个单元格能解释所有不成立的关系：改动这一个单元格即可使它所在的每一个关系都成立。此时只在该单元格报告一次，并给出按勾稽关系计算出的应填数字。改动一个数字常常同时破坏两三个关系，逐个报告会让人找不到真正填错的单元格。',
    en: 'An identity of table 三 or 四 (a row 总计, （七）总计, 一 + 二 = （七） + 四, a 表四 group 总计) is broken, and exactly one cell explains every broken identity: one value for it makes every identity it takes part in hold. The finding is reported once, at that cell, with the value the identities need. One wrong number often breaks two or three identities; reporting each would hide which cell is wrong.',
  },
  check(ctx) {
    const { math } = ctx;
    for (const { cell, value, broken } of math.wrongCells) {
      if (isBlank(cell)) continue;
      const name = math.nameOf(cell);
      ctx.add({
        range: cell.range,
        message: t(
          '{0} {1}: written {2}, but {3} identities need {4}: {5}',
          name?.table ?? '',
          cellLabel(name),
          cell.text,
          broken.length,
          computed(value),
          broken.map((b) => b.identity.label).join(', '),
        ),
        related: relatedCells(
          broken.flatMap((b) => cellsOf(b.identity)).filter((c) => c !== cell),
          math,
        ),
        fixes: [{ title: t('Write {0}, as the identities need', formatNumber(value)), edits: [{ range: cell.range, newText: formatNumber(value) }], safe: false }],
      });
    }
  },
};
