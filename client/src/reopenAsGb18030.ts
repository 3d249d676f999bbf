import * as vscode from 'vscode';
import { looksMisdecoded } from '../../server/src/core/features/misdecoded';

/** `openTextDocument` with an encoding: VS Code 1.100 and later (the types here are those of 1.91). */
type OpenWithEncoding = (uri: vscode.Uri, options: { encoding: string }) => Thenable<vscode.TextDocument>;

/**
 * The server's quick fix for a GB18030 report opened as UTF-8: reopens it decoded as GB18030
 * (the editor then sends the new text, which the server checks). A VS Code too old to take an
 * encoding leaves the text as it was: then VS Code's own "Reopen with Encoding" picker asks.
 */
export async function reopenAsGb18030(uri: string): Promise<void> {
  try {
    const open = vscode.workspace.openTextDocument as OpenWithEncoding;
    const document = await open(vscode.Uri.parse(uri), { encoding: 'gb18030' });
    if (looksMisdecoded(document.getText())) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.reopenWithEncoding');
    }
  } catch (error) {
    // A document with unsaved changes is not reopened: its changes would be lost.
    void vscode.window.showErrorMessage(vscode.l10n.t('The file could not be reopened as GB18030: {0}', String(error)));
  }
}
