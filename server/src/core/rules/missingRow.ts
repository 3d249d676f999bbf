import { t } from '../l10n';
import { applicationRowsFor, DISCLOSURE_GROUPS, SAME_DISCLOSURE_ROW } from '../model/schema';
import type { Rule } from './rule';
import { TABLE_NAMES } from './sectionNames';

/**
 * A row the official table has is absent from the draft's table, judged by the
 * version the tables are written in (a table in the wrong version, or mixing
 * versions, is `format-version`'s finding, not a pile of missing rows).
 */
export const missingRow: Rule = {
  id: 'missing-row',
  title: { zh: '缺少表格行', en: 'Missing row' },
  defaultSeverity: 'warning',
  fix: 'none',
  description: {
    zh: '统计表应包含官方格式的全部行，没有发生的事项也要列出并填 0。缺少的行通常是复制时丢失或被删掉的。',
    en: 'The statistical tables must contain every row of the official format; what did not happen is listed with 0. A missing row was usually lost in copying or deleted.',
  },
  check(ctx) {
    const { report } = ctx;
    const version = report.format ?? ctx.expectedVersion;
    if (!version || version === 'mixed') return;
    const disclosure = report.disclosure;
    // A table not read with certainty is said so once (`unreadable-table`); a missing row there would be a guess.
    if (disclosure && !disclosure.uncertain) {
      const present = new Set(disclosure.groups.flatMap((g) => g.rows.map((r) => r.name)));
      const anchor = disclosure.groups[0].label ?? disclosure.groups[0].rows[0]?.label;
      for (const name of DISCLOSURE_GROUPS[version].flatMap((g) => g.rows)) {
        if (present.has(name) || present.has(SAME_DISCLOSURE_ROW[name])) continue;
        if (anchor) ctx.add({ range: anchor.range, message: t('{0} has no row “{1}”', TABLE_NAMES[2], name) });
      }
    }
    const applications = report.applications;
    if (applications && !applications.uncertain) {
      const present = new Set(applications.rows.map((r) => r.def));
      const defs = applicationRowsFor(version);
      defs.forEach((def, i) => {
        if (present.has(def)) return;
        // Underline the row that follows where the missing one belongs.
        const next = defs.slice(i + 1).map((d) => applications.rows.find((r) => r.def === d)).find(Boolean);
        const anchor = next ?? applications.rows[applications.rows.length - 1];
        ctx.add({ range: (anchor.label ?? anchor.values[0]).range, message: t('{0} has no row “{1}”', TABLE_NAMES[3], def.label) });
      });
    }
  },
};
