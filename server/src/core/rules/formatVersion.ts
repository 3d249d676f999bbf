import { t } from '../l10n';
import type { FormatVersion } from '../model/schema';
import type { VersionMark } from '../model/report';
import type { Rule } from './rule';
import { TABLE_NAMES } from './sectionNames';
import { upgradeTableFix } from '../fixes/upgradeTable';

/**
 * Tables must follow the format of the report's year: 2019 for 2019–2020,
 * 2021 from 2021 on. Within a mixed table, the marks of the other version are
 * the faults; a whole table in the wrong version is reported once, at its first mark.
 */
export const formatVersion: Rule = {
  id: 'format-version',
  title: { zh: '格式版本不符', en: 'Format version' },
  defaultSeverity: 'error',
  fix: 'unsafe',
  description: {
    zh: '2019、2020 年度报告使用 2019 年格式（国办公开办函〔2019〕60号），2021 年度及以后使用 2021 年格式（国办公开办函〔2021〕30号）。沿用上一年的表格格式，或在同一表格中混用两个版本的行和列，都会被退回。可在 .govreport.json 中用 "format" 指定版本。',
    en: 'Reports on 2019 and 2020 use the 2019 format (国办公开办函〔2019〕60号); reports on 2021 and later use the 2021 format (〔2021〕30号). Tables in last year’s format, or tables mixing rows and columns of both versions, are rejected. Set "format" in .govreport.json to override the version taken from the year.',
  },
  check(ctx) {
    const { report, expectedVersion } = ctx;
    const byTable = new Map<number, VersionMark[]>();
    for (const m of report.versionMarks) byTable.set(m.table, [...(byTable.get(m.table) ?? []), m]);
    for (const [table, marks] of byTable) {
      const versions = new Set(marks.map((m) => m.version));
      const name = TABLE_NAMES[table as 2 | 3];
      if (versions.size > 1) {
        const count = (v: FormatVersion) => marks.filter((m) => m.version === v).length;
        const right: FormatVersion = expectedVersion ?? (count('2019') >= count('2021') ? '2019' : '2021');
        for (const m of marks.filter((x) => x.version !== right)) {
          ctx.add({
            range: m.range,
            message: t('{0} mixes format versions: “{1}” is from the {2} format, the rest of the table from the {3} format', name, m.text, m.version, right),
          });
        }
      } else if (expectedVersion && !versions.has(expectedVersion)) {
        const [first] = marks;
        const upgrade = expectedVersion === '2021' ? upgradeTableFix(report, table as 2 | 3) : undefined;
        ctx.add({
          range: first.range,
          message: t('{0} is in the {1} format, but a report on {2} must use the {3} format', name, first.version, report.year?.value ?? '', expectedVersion),
          fixes: upgrade ? [upgrade] : [],
        });
      }
    }
  },
};
