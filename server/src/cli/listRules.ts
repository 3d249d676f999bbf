import { RULES } from '../core/index';
import { currentLanguage } from '../core/l10n';

/** `govreport rules`: one line a rule — id, default severity, what its fix is, title — in aligned columns. */
export function listRules(): string {
  const language = currentLanguage() === 'zh-cn' ? 'zh' : 'en';
  const rows = RULES.map((r) => [r.id, r.defaultSeverity, r.fix, r.title[language]]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  ') + '\n').join('');
}
