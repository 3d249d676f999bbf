import type { FileResult, LocatedFinding } from './fileResult';
import type { OutputFormat } from './output';

// A key whose value is undefined is left out by JSON.stringify: `source` and `error` appear only when there is one.

/** A finding as `--format json` gives it: its place, rule, severity, message and fix titles. */
function diagnostic(f: LocatedFinding) {
  const { rule, severity, message, range, source, fixes } = f;
  return { rule, severity, message, range, source, fixes: fixes.map((x) => x.title) };
}

/** One file's entry, `{"file", "year", "format", "error"?, "diagnostics": [{"rule", "severity", "message", "range", "source"?, "fixes": [titles]}]}`. */
function jsonEntry(r: FileResult) {
  return {
    file: r.file,
    year: r.report?.year?.value ?? null,
    format: r.report?.format ?? null,
    error: r.error || undefined,
    diagnostics: r.findings.map(diagnostic),
  };
}

/**
 * The documented `--format json` shape; other tools rely on it, so it only ever grows. Written entry
 * by entry, each file's entry on a line of its own, compact as ESLint's: a province's run writes
 * half the bytes it would indented, and a reader can take it line by line (`jq .` indents it).
 */
export const jsonFormat: OutputFormat<string> = {
  detail: { edits: false, grids: false },
  piece: (r) => JSON.stringify(jsonEntry(r)),
  start(write) {
    let count = 0;
    return {
      add(entry) {
        write((count++ === 0 ? '[\n' : ',\n') + entry);
      },
      end() {
        write(count === 0 ? '[]\n' : '\n]\n');
      },
    };
  },
};
