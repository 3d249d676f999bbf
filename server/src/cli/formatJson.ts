import type { FileResult } from './fileResult';
import type { Output } from './output';

function jsonEntry(r: FileResult) {
  return {
    file: r.file,
    year: r.report?.year?.value ?? null,
    format: r.report?.format ?? null,
    ...(r.error ? { error: r.error } : {}),
    diagnostics: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: f.range,
      ...(f.source ? { source: f.source } : {}),
      fixes: f.fixes.map((x) => x.title),
    })),
  };
}

/**
 * The documented `--format json` shape; other tools rely on it, so it only ever
 * grows. Written entry by entry, byte for byte what `JSON.stringify(entries, null, 2)` gives.
 */
export function jsonOutput(write: (text: string) => void): Output {
  let count = 0;
  return {
    add(r) {
      // Indented one level inside the array; replaceAll, not a multiline regex: this runs for every file of a province.
      const entry = '  ' + JSON.stringify(jsonEntry(r), null, 2).replaceAll('\n', '\n  ');
      write((count++ === 0 ? '[\n' : ',\n') + entry);
    },
    end() {
      write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
