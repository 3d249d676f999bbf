import { t } from '../l10n';
import { SECTIONS } from '../model/schema';
import type { Rule } from './rule';
import { TABLE_NAMES } from './sectionNames';
import { sectionBodyEnd } from './sectionBody';
import { tableTemplateFix } from './tableTemplateFix';

/** A table section with text but no table and no image of one (an empty section is `empty-section`'s). */
export const missingTable: Rule = {
  id: 'missing-table',
  title: { zh: '缺少统计表', en: 'Missing table' },
  defaultSeverity: 'error',
  fix: 'unsafe',
  description: {
    zh: '第二、三、四部分必须包含对应的统计表（表二、表三、表四）。只有文字说明而没有表格的，快速修复会在该部分末尾插入标准表格。',
    en: 'Sections 二, 三 and 四 must contain their statistical tables. When a section has text but no table, the fix inserts the standard table at the end of the section.',
  },
  check(ctx) {
    const { report } = ctx;
    const holdsTable = (id: number) => report.sections.some((s) => s.id === id && (s.rows.length || s.images.length));
    for (const section of report.sections) {
      const table = SECTIONS[section.id - 1].table;
      // A section written twice holds its table in one place only.
      if (!table || !section.hasContent || holdsTable(section.id)) continue;
      const end = sectionBodyEnd(report, section);
      const { eol } = report.lines;
      // In a one-line report the next heading follows on the same line: it goes on a line of its own after the table.
      const after = section.inlineBody && end.character < report.lines.lines[end.line].length ? eol + eol : '';
      ctx.add({
        range: section.heading.range,
        message: t('Section “{0}” has no {1}', section.heading.text, TABLE_NAMES[table]),
        fixes: [tableTemplateFix(report, table, { start: end, end }, eol + eol, after)],
      });
    }
  },
};
