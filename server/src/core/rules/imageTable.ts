import { t } from '../l10n';
import { SECTIONS } from '../model/schema';
import type { Rule } from './rule';
import { TABLE_NAMES } from './sectionNames';
import { tableTemplateFix } from './tableTemplateFix';

/** A table that is only `[image: ]`: nothing can be checked, and the reader sees no numbers. */
export const imageTable: Rule = {
  id: 'image-table',
  title: { zh: '表格为图片', en: 'Table as image' },
  defaultSeverity: 'error',
  fix: 'unsafe',
  description: {
    zh: '从 Word 或 PDF 复制时，表格若是图片，只会留下“[image: ]”，数字全部丢失，既无法核对也无法公开。快速修复会用标准表格（全为 0，按报告年度选择格式版本）替换图片占位符，再把数字填入即可。',
    en: 'When a table was a picture in the Word or PDF original, the pasted text keeps only `[image: ]`: the numbers are lost and cannot be checked or published. The fix replaces the placeholder with the standard table (all zeros, in the format version for the report’s year) to fill in.',
  },
  check(ctx) {
    for (const section of ctx.report.sections) {
      const table = SECTIONS[section.id - 1].table;
      if (!table || section.rows.length > 0) continue;
      for (const image of section.images) {
        ctx.add({
          range: image,
          message: t('{0} is only an image; its numbers are missing and cannot be checked', TABLE_NAMES[table]),
          fixes: [tableTemplateFix(ctx.report, table, image, '', '')],
        });
      }
    }
  },
};
