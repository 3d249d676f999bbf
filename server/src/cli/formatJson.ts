import type { FileResult } from './fileResult';

/** The documented `--format json` shape; other tools rely on it, so it only ever grows. */
export function formatJson(results: readonly FileResult[]): string {
  const out = results.map((r) => ({
    file: r.file,
    year: r.report?.year?.value ?? null,
    format: r.report?.format ?? null,
    ...(r.error ? { error: r.error } : {}),
    diagnostics: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: f.range,
      fixes: f.fixes.map((x) => x.title),
    })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
