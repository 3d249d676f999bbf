import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { type CheckResult, nonOverlapping, safeFixEdits, t, tableExtents, tableTitle } from '../core/index';
import { toDiagnostic } from './diagnostics';
import { FIX_ALL_KIND, SOURCE, type DiagnosticData } from './protocol';
import { turnOffRuleActions } from './turnOffRule';
import { versionedEdit } from './workspaceEdit';


/** Fewer blank cells than this in a table: their own quick fixes are enough. */
const MIN_BLANKS_TO_FILL_TABLE = 2;

/**
 * Every fix of the diagnostics under the cursor as a quick fix, "fill the
 * table's blank cells" when the cursor is in a table with several, "turn off
 * the rule", and fix-all when the client asks for source actions.
 */
export function codeActions(params: CodeActionParams, version: number, result: CheckResult, canCreateFiles: boolean): CodeAction[] {
  const { uri } = params.textDocument;
  const wants = (kind: string) => params.context.only?.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (!params.context.only || wants(CodeActionKind.QuickFix)) {
    actions.push(
      ...quickFixes(uri, params.context.diagnostics),
      ...fillTableBlanks(params, version, result),
      ...turnOffRuleActions(uri, params.context.diagnostics, canCreateFiles),
    );
  }
  if (wants(FIX_ALL_KIND)) {
    const edits = safeFixEdits(result.findings);
    if (edits.length > 0) {
      actions.push({ title: t('Fix all safely fixable problems'), kind: FIX_ALL_KIND, edit: versionedEdit(uri, version, edits) });
    }
  }
  return actions;
}

/** The fixes the diagnostics carry in `data`; the first of each is the preferred one. */
function quickFixes(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  return diagnostics.flatMap((diagnostic) => {
    if (diagnostic.source !== SOURCE || !isDiagnosticData(diagnostic.data)) return [];
    const { version, fixes } = diagnostic.data;
    return fixes.map((fix, i) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: i === 0,
      edit: versionedEdit(uri, version, fix.edits),
    }));
  });
}

/**
 * For the table under the cursor, one action applying every blank cell's own
 * fix: 0, or for a blank total the sum it should hold. Cells written `/` or `无`
 * are left alone, since their fixes are not safe: the drafter decides those.
 */
function fillTableBlanks(params: CodeActionParams, version: number, result: CheckResult): CodeAction[] {
  const { start, end } = params.range;
  const table = tableExtents(result.report).find((x) => x.startLine <= end.line && start.line <= x.endLine);
  if (!table) return [];
  const blanks = result.findings.filter(
    (f) => f.rule === 'blank-cell' && f.fixes[0]?.safe === true && table.startLine <= f.range.start.line && f.range.start.line <= table.endLine,
  );
  if (blanks.length < MIN_BLANKS_TO_FILL_TABLE) return [];
  const { uri } = params.textDocument;
  return [
    {
      title: t('Fill all {0} blank cells of {1}', blanks.length, tableTitle(table.table)),
      kind: CodeActionKind.QuickFix,
      diagnostics: blanks.map((f) => toDiagnostic(f, uri, version)),
      edit: versionedEdit(uri, version, nonOverlapping(blanks.flatMap((f) => f.fixes[0].edits))),
    },
  ];
}

function isDiagnosticData(data: unknown): data is DiagnosticData {
  const d = data as DiagnosticData | undefined;
  return typeof d?.version === 'number' && Array.isArray(d.fixes);
}
