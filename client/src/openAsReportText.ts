import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PUBLISHED_EXTENSIONS, READ_REPORT_REQUEST } from '../../server/src/lsp/protocol';
import type { ServerStarter } from './startOnReport';

/** The files a reader turns into report text; package.json's menus offer the command on these. */

/**
 * `govreport.openAsReportText`: a PDF, Word or HTML report as a new untitled report document, its
 * tables in the row-per-line layout and every check live, so a drafter who wrote in Word goes on in
 * the editor. The server reads the file (the readers are Node libraries the extension does not
 * bundle). The file comes from the explorer or editor title menu, else the active editor, else a picker.
 */
export async function openAsReportText(client: LanguageClient, server: ServerStarter, resource?: vscode.Uri): Promise<void> {
  const uri = resource ?? activeFile() ?? (await pickFile());
  if (!uri) return;
  await server.start();
  const answer = await client.sendRequest(READ_REPORT_REQUEST, { uri: client.code2ProtocolConverter.asUri(uri) });
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  if ('error' in answer) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be read: {1}', name, answer.error));
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'govreport', content: answer.text });
  await vscode.window.showTextDocument(document);
  for (const note of answer.notes) void vscode.window.showWarningMessage(`${name}: ${note}`);
}

/** The file of the active editor tab: a PDF or Word file shows in a binary or custom editor, not a text one. */
function activeFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const uri = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  return uri && PUBLISHED_EXTENSIONS.some((ext) => uri.path.toLowerCase().endsWith(`.${ext}`)) ? uri : undefined;
}

async function pickFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [vscode.l10n.t('PDF, Word and web pages')]: [...PUBLISHED_EXTENSIONS] },
    openLabel: vscode.l10n.t('Open as report text'),
  });
  return picked?.[0];
}
