import type { Position } from '../core/index';
import type { FileResult, LocatedFinding } from './fileResult';
import type { Output } from './output';

const q = JSON.stringify;

function position(p: Position, indent: string): string {
  return `{\n${indent}  "line": ${p.line},\n${indent}  "character": ${p.character}\n${indent}}`;
}

function diagnostic(f: LocatedFinding): string {
  const range = `{\n          "start": ${position(f.range.start, '          ')},\n          "end": ${position(f.range.end, '          ')}\n        }`;
  // A place in a PDF, Word or HTML file: a small object of a few kinds, rare enough for the general route.
  const source = f.source ? `        "source": ${q(f.source, null, 2).replaceAll('\n', '\n        ')},\n` : '';
  const fixes = f.fixes.length ? `[\n${f.fixes.map((x) => `          ${q(x.title)}`).join(',\n')}\n        ]` : '[]';
  return (
    `      {\n        "rule": ${q(f.rule)},\n        "severity": ${q(f.severity)},\n        "message": ${q(f.message)},\n` +
    `        "range": ${range},\n${source}        "fixes": ${fixes}\n      }`
  );
}

/**
 * One file's entry, `{"file", "year", "format", "error"?, "diagnostics": [{"rule", "severity", "message", "range",
 * "source"?, "fixes": [titles]}]}`, indented one level inside the array: byte for byte what
 * `JSON.stringify(entries, null, 2)` gives, written directly from the result, at a fifth of the cost of
 * building the object and having JSON.stringify indent it (which a province's run pays for every file).
 */
function jsonEntry(r: FileResult): string {
  const error = r.error ? `    "error": ${q(r.error)},\n` : '';
  const diagnostics = r.findings.length ? `[\n${r.findings.map(diagnostic).join(',\n')}\n    ]` : '[]';
  const year = r.report?.year?.value ?? null;
  const format = r.report?.format ?? null;
  return `  {\n    "file": ${q(r.file)},\n    "year": ${q(year)},\n    "format": ${q(format)},\n${error}    "diagnostics": ${diagnostics}\n  }`;
}

/** The documented `--format json` shape; other tools rely on it, so it only ever grows. Written entry by entry. */
export function jsonOutput(write: (text: string) => void): Output {
  let count = 0;
  return {
    detail: { edits: false, grids: false },
    add(r) {
      write((count++ === 0 ? '[\n' : ',\n') + jsonEntry(r));
    },
    end() {
      write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
