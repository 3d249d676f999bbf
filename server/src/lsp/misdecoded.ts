import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { t } from '../core/index';
import { REOPEN_AS_GB18030_COMMAND, SOURCE } from './protocol';

/** The code of the one diagnostic a misdecoded document gets; not a rule: nothing to configure. */
export const MISDECODED_CODE = 'encoding';

/** The one diagnostic of a document decoded in the wrong encoding: its whole first line. */
export function misdecodedDiagnostic(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: MISDECODED_CODE,
    source: SOURCE,
    message: t('This file seems to be GB18030 (GBK) text opened as UTF-8: its Chinese shows as �, and it cannot be checked. Reopen it as GB18030.'),
  };
}

/** "Reopen as GB18030" for the misdecoded-file diagnostic under the cursor. */
export function reopenAsGb18030Actions(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const ours = diagnostics.filter((d) => d.source === SOURCE && d.code === MISDECODED_CODE);
  if (ours.length === 0) return [];
  const title = t('Reopen as GB18030');
  return [
    {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: ours,
      isPreferred: true,
      command: { title, command: REOPEN_AS_GB18030_COMMAND, arguments: [uri] },
    },
  ];
}
