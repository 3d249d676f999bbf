import { t } from '../l10n';
import type { TableReading, UncertainReading } from '../model/report';
import type { Rule } from './rule';
import { TABLE_NAMES } from './sectionNames';

const WHY: Record<UncertainReading, () => string> = {
  'digit-runs': () => t('its numbers ran together and split in more than one way, or in none'),
  'unlabelled-rows': () => t('rows without labels could not be placed in the official order with certainty'),
  'missing-rows': () => t('official rows are missing'),
  'stray-numbers': () => t('some numbers belong to no row or column that could be told'),
};

/**
 * A table the parser could not read with certainty (a web page's cells run
 * together, rows a converter stripped of their labels): said once, as
 * information, in place of arithmetic findings that would rest on a guess.
 */
export const unreadableTable: Rule = {
  id: 'unreadable-table',
  title: { zh: '表格无法可靠读取', en: 'Unreadable table' },
  defaultSeverity: 'information',
  fix: 'none',
  description: {
    zh: '表格文字在转换（PDF、网页、Markdown 转换工具）中被打乱，无法确定每个数字属于哪一行哪一列时，只在表格处提示一次，不对该表做勾稽核对，以免根据猜测报错。请对照原件核对该表，或把表格整理为每行一行、单元格以制表符分隔的形式。',
    en: 'When a conversion (PDF, web page, Markdown converter) scrambled a table so that it is not certain which row and column each number belongs to, this is said once, at the table, and the table’s sums are not checked, so that no error rests on a guess. Check that table against the original, or rewrite it one row per line with TAB-separated cells.',
  },
  check(ctx) {
    const { disclosure, applications, reviews } = ctx.report;
    const tables: [2 | 3 | 4, TableReading | undefined][] = [
      [2, disclosure],
      [3, applications],
      [4, reviews],
    ];
    for (const [table, reading] of tables) {
      if (!reading?.uncertain) continue;
      ctx.add({
        range: reading.uncertain.range,
        message: t('{0} could not be read reliably: {1}; its sums are not checked', TABLE_NAMES[table], WHY[reading.uncertain.why]()),
      });
    }
  },
};
