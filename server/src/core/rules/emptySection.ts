import { t } from '../l10n';
import { SECTIONS } from '../model/schema';
import type { Fix } from '../fixes/textEdit';
import type { Rule } from './rule';
import { sectionBodyStart } from './sectionBody';
import { tableTemplateFix } from './tableTemplateFix';

/** A heading with nothing under it. Section 六 too: `无。` is content, nothing at all is not. */
export const emptySection: Rule = {
  id: 'empty-section',
  title: { zh: '部分内容为空', en: 'Empty section' },
  defaultSeverity: 'error',
  fix: 'unsafe',
  description: {
    zh: '六个部分都必须有内容。第二、三、四部分应有对应的统计表；第六部分没有需要报告的事项时应写“无。”，不能空着。快速修复可在空的表格部分插入标准表格。',
    en: 'Each of the six sections must have content. Sections 二, 三 and 四 hold their statistical tables; section 六, when there is nothing to report, says `无。` rather than nothing. The fix inserts the standard table into an empty table section.',
  },
  check(ctx) {
    const { report } = ctx;
    for (const section of report.sections) {
      if (section.hasContent) continue;
      const table = SECTIONS[section.id - 1].table;
      const end = sectionBodyStart(report, section);
      const at = { start: end, end };
      const { eol } = report.lines;
      // In a one-line report the next heading follows on the same line: it goes on a line of its own.
      const after = section.inlineBody ? eol : '';
      const fixes: Fix[] = [];
      if (table) fixes.push(tableTemplateFix(report, table, at, eol, after));
      if (section.id === 6) fixes.push({ title: t('Write “无。”'), edits: [{ range: at, newText: eol + '无。' + after }], safe: false });
      ctx.add({
        range: section.heading.range,
        message: section.id === 6
          ? t('Section 六 is empty: write “无。” when there is nothing to report')
          : t('Section “{0}” is empty', section.heading.text),
        fixes,
      });
    }
  },
};
