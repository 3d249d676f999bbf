import { RULES, type Range } from '../core/index';
import { describeLocation } from '../readers/sourceMap';
import type { FileResult, LocatedFinding } from './fileResult';
import type { OutputFormat } from './output';
import { artifactLocation, uriBaseIds } from './sarifArtifacts';
import { sarifLevel, sarifRule } from './sarifRules';

/** SARIF 2.1.0 regions count 1-based lines and UTF-16 columns, as LSP does 0-based. */
function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** One finding as a SARIF result: where, the cells that explain it, its fixes as replacements. */
function sarifResult(file: string, f: LocatedFinding, ruleIndex: number, baseDir: string) {
  const here = artifactLocation(file, baseDir);
  if (f.source) {
    // In a PDF, Word or HTML file a region of the report text means nothing: the place is in the message and the property bag.
    return {
      ruleId: f.rule,
      ruleIndex,
      level: sarifLevel(f.severity),
      message: { text: `${f.message} (${describeLocation(f.source)})` },
      locations: [{ physicalLocation: { artifactLocation: here } }],
      properties: { source: f.source },
    };
  }
  return {
    ruleId: f.rule,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: here, region: region(f.range) } }],
    // The run asked for related places and edits (detail below): present, if empty.
    relatedLocations: (f.related ?? []).map((place, id) => ({
      id,
      physicalLocation: { artifactLocation: artifactLocation(place.file ?? file, baseDir), region: region(place.range) },
      message: { text: place.message },
    })),
    fixes: f.fixes.map((x) => ({
      description: { text: x.title },
      artifactChanges: [
        { artifactLocation: here, replacements: (x.edits ?? []).map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) },
      ],
    })),
  };
}

/**
 * SARIF for code-scanning dashboards: one run, every rule described, files
 * relative to %SRCROOT% (`baseDir`, the folder the checker ran in).
 */
export function formatSarif(results: readonly FileResult[], version: string, baseDir: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'govreport', version, rules: RULES.map(sarifRule) } },
        originalUriBaseIds: uriBaseIds(baseDir),
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) => r.findings.map((f) => sarifResult(r.file, f, ruleIndex.get(f.rule)!, baseDir))),
        invocations: [
          {
            executionSuccessful: results.every((r) => !r.error),
            toolExecutionNotifications: results
              .filter((r) => r.error)
              .map((r) => ({ level: 'error', message: { text: `${r.file}: ${r.error}` } })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** SARIF is one document over all the files: the results are kept and written at the end. */
export const sarifFormat: OutputFormat<FileResult> = {
  detail: { edits: true, grids: false },
  piece: (r) => r,
  start(write, { version, baseDir }) {
    const results: FileResult[] = [];
    return {
      add: (r) => results.push(r),
      end: () => write(formatSarif(results, version, baseDir)),
    };
  },
};
