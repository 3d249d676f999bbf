import { RULES, type Range, type Severity } from '../core/index';
import { currentLanguage } from '../core/l10n';
import { ruleDocUrl } from '../core/rules/docs';
import { describeLocation } from '../readers/sourceMap';
import type { FileResult } from './fileResult';
import type { Output } from './output';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 regions count 1-based lines and UTF-16 columns, as LSP does 0-based. */
function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** SARIF for code-scanning dashboards: one run, every rule described, fixes as replacements. */
function formatSarif(results: readonly FileResult[], version: string): string {
  const language = currentLanguage() === 'zh-cn' ? 'zh' : 'en';
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govreport',
            version,
            informationUri: 'https://github.com/govreport/govreport',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description[language].split(/(?<=[。.])/)[0] },
              fullDescription: { text: r.description[language] },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule),
            level: LEVEL[f.severity],
            // In a PDF, Word or HTML file a region of the report text means nothing: the place is in the message and the property bag.
            message: { text: f.source ? `${f.message} (${describeLocation(f.source)})` : f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: r.file }, ...(f.source ? {} : { region: region(f.range) }) } }],
            ...(f.source ? { properties: { source: f.source } } : {}),
            fixes: (f.source ? [] : f.fixes).map((x) => ({
              description: { text: x.title },
              artifactChanges: [
                {
                  artifactLocation: { uri: r.file },
                  replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                },
              ],
            })),
          })),
        ),
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
export function sarifOutput(write: (text: string) => void, version: string): Output {
  const results: FileResult[] = [];
  return {
    add: (r) => results.push(r),
    end: () => write(formatSarif(results, version)),
  };
}
