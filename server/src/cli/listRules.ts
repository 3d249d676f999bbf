import { localized, RULES } from '../core/index';

/** `govreport rules`: one line a rule — id, default severity, what its fix is, title — in aligned columns. */
export function listRules(): string {
  const rows = RULES.map((r) => [r.id, r.defaultSeverity, r.fix, localized(r.title)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  ') + '\n').join('');
}
