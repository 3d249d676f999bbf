import { t } from '../l10n';
import type { Fix } from '../fixes/textEdit';
import { SECTIONS } from '../model/schema';
import { renderTableTemplate, templateVersion } from '../fixes/tableTemplate';
import type { Rule } from './rule';
import { officialHeading } from './sectionNames';

/**
 * One of the six sections has no heading at all. The finding sits on the
 * heading of the section that should follow it; with no heading anywhere, one
 * finding at the top offers the whole outline.
 */
export const missingSection: Rule = {
  id: 'missing-section',
  title: { zh: '缺少部分', en: 'Missing section' },
  defaultSeverity: 'error',
  fix: 'unsafe',
  description: {
    zh: '年度报告必须依次包含六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。按序号和关键词识别，措辞可以不同。',
    en: 'The report must have six sections, in order: 一 overview, 二 proactive disclosure, 三 applications received and handled, 四 administrative reconsideration and litigation, 五 problems and improvements, 六 other matters. Headings are recognised by number and key words, so wording may vary.',
  },
  check(ctx) {
    const { report } = ctx;
    const { eol } = report.lines;
    const version = templateVersion(report);
    const block = (id: (typeof SECTIONS)[number]['id']) => {
      const table = SECTIONS[id - 1].table;
      return officialHeading(id) + eol + (table ? renderTableTemplate(table, version, report.layout, eol) + eol : '') + eol;
    };
    if (report.sections.length === 0) {
      const start = { line: 0, character: 0 };
      const firstLineEnd = report.lines.lineEnd(0);
      ctx.add({
        range: { start, end: firstLineEnd.character > 0 ? firstLineEnd : start },
        message: t('None of the six sections of an annual report was found'),
        fixes: [
          {
            title: t('Insert the six sections with the standard tables'),
            edits: [{ range: { start: report.lines.lineEnd(report.lines.lineCount - 1), end: report.lines.lineEnd(report.lines.lineCount - 1) }, newText: eol + SECTIONS.map((s) => block(s.id)).join('') }],
            safe: false,
          },
        ],
      });
      return;
    }
    const present = new Set(report.sections.map((s) => s.id));
    for (const def of SECTIONS) {
      if (present.has(def.id)) continue;
      const next = report.sections.find((s) => s.id > def.id);
      const last = report.lines.lineEnd(report.lines.lineCount - 1);
      const insertAt = next ? { line: next.startLine, character: 0 } : last;
      const fix: Fix = {
        title: t('Insert the heading “{0}”', officialHeading(def.id)),
        edits: [{ range: { start: insertAt, end: insertAt }, newText: next ? block(def.id) : eol + block(def.id) }],
        safe: false,
      };
      ctx.add({
        range: next ? next.heading.range : report.sections[report.sections.length - 1].heading.range,
        message: t('Section “{0}” is missing', officialHeading(def.id)),
        fixes: [fix],
      });
    }
  },
};
