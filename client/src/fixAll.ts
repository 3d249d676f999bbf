import * as vscode from 'vscode';
import { FIX_ALL_KIND } from '../../server/src/lsp/protocol';

/**
 * `govreport.fixAll`: the fix-all that `editor.codeActionsOnSave` runs, on demand —
 * fills every blank cell and rewrites every malformed number of the active report.
 */
export async function fixAll(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return;
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    whole,
    FIX_ALL_KIND,
  );
  const edit = actions.find((a) => a.kind?.value === FIX_ALL_KIND)?.edit;
  if (!edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing here can be fixed safely.'));
    return;
  }
  await vscode.workspace.applyEdit(edit);
}
