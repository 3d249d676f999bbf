import { t } from '../l10n';
import { SECTIONS } from '../model/schema';
import type { Rule } from './rule';
import { officialHeading } from './sectionNames';

/** Sections out of order, repeated, or numbered other than their content says. */
export const sectionOrder: Rule = {
  id: 'section-order',
  title: { zh: '部分顺序或序号错误', en: 'Section order' },
  defaultSeverity: 'error',
  fix: 'unsafe',
  description: {
    zh: '六个部分应按一至六的顺序出现，每部分只出现一次，标题序号与内容一致（例如“存在的主要问题”应编为“五、”）。',
    en: 'The six sections come in order 一 to 六, each once, and each heading’s number matches its content (the problems section is numbered 五).',
  },
  check(ctx) {
    const seen = new Set<number>();
    let highest = 0;
    for (const section of ctx.report.sections) {
      const { heading, id } = section;
      if (seen.has(id)) {
        ctx.add({ range: heading.range, message: t('Section “{0}” appears a second time', officialHeading(id)) });
        continue;
      }
      seen.add(id);
      if (id < highest) {
        ctx.add({
          range: heading.range,
          message: t('Section “{0}” comes after section {1}; it belongs before it', officialHeading(id), SECTIONS[highest - 1].numeral),
        });
      } else if (section.writtenNumber !== id) {
        const numeral = SECTIONS[id - 1].numeral;
        const start = heading.range.start;
        ctx.add({
          range: heading.range,
          message: t('“{0}” is numbered {1}, but it is section {2}', heading.text, heading.text[0], numeral),
          fixes: [
            {
              title: t('Number it {0}', numeral),
              edits: [{ range: { start, end: { line: start.line, character: start.character + 1 } }, newText: numeral }],
              safe: false,
            },
          ],
        });
      }
      highest = Math.max(highest, id);
    }
  },
};
