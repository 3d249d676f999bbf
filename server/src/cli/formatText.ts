import { t } from '../core/l10n';
import type { Output } from './output';

/** `file:line:col severity rule message`, 1-based like a compiler, then a summary. */
export function textOutput(write: (text: string) => void): Output {
  let files = 0;
  let errors = 0;
  let warnings = 0;
  return {
    add(r) {
      files++;
      const lines: string[] = [];
      if (r.error) lines.push(`${r.file}: ${t('error')}: ${r.error}`);
      if (r.fixed) lines.push(`${r.file}: ${t('fixed {0} problems', r.fixed)}`);
      for (const f of r.findings) {
        const { line, character } = f.range.start;
        lines.push(`${r.file}:${line + 1}:${character + 1} ${f.severity} ${f.rule} ${f.message}`);
        if (f.severity === 'error') errors++;
        if (f.severity === 'warning') warnings++;
      }
      if (lines.length) write(lines.join('\n') + '\n');
    },
    end() {
      write(t('{0} files checked: {1} errors, {2} warnings', files, errors, warnings) + '\n');
    },
  };
}
