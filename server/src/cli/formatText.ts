import { t } from '../core/index';
import type { Output } from './output';
import { Totals } from './totals';

/** `file:line:col severity rule message`, 1-based like a compiler, then the totals. */
export function textOutput(write: (text: string) => void): Output {
  const totals = new Totals();
  return {
    add(r) {
      totals.add(r);
      const lines: string[] = [];
      if (r.error) lines.push(`${r.file}: ${t('error')}: ${r.error}`);
      if (r.fixed) lines.push(`${r.file}: ${t('fixed {0} problems', r.fixed)}`);
      for (const f of r.findings) {
        const { line, character } = f.range.start;
        lines.push(`${r.file}:${line + 1}:${character + 1} ${f.severity} ${f.rule} ${f.message}`);
      }
      if (lines.length) write(lines.join('\n') + '\n');
    },
    end(skipped) {
      write(totals.line(skipped) + '\n');
    },
  };
}
