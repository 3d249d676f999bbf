import { t } from '../core/index';

// English says "1 file" but "2 files"; the Chinese bundle translates both keys alike (`{0} 个文件`).
// Each key is written out so the translation test sees it.

export function fileCount(n: number): string {
  return n === 1 ? t('{0} file', n) : t('{0} files', n);
}

export function errorsAndWarnings(errors: number, warnings: number): string {
  return t('{0}, {1}', errors === 1 ? t('{0} error', errors) : t('{0} errors', errors), warnings === 1 ? t('{0} warning', warnings) : t('{0} warnings', warnings));
}
