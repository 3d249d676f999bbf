import * as vscode from 'vscode';
import { looksLikeReport } from '../../server/src/core/features/detect';

/**
 * Gives a plain `.txt` file that looks like a report the `govreport` language,
 * for its highlighting and brackets. Each file is switched at most once, so
 * switching it back by hand sticks.
 */
export function switchReportsToGovreport(): vscode.Disposable {
  const considered = new Set<string>();
  const consider = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || !document.uri.path.toLowerCase().endsWith('.txt') || considered.has(key)) return;
    considered.add(key);
    const detect = vscode.workspace.getConfiguration('govreport', document.uri).get<boolean>('detect', true);
    if (detect && looksLikeReport(document.getText())) void vscode.languages.setTextDocumentLanguage(document, 'govreport');
  };
  vscode.workspace.textDocuments.forEach(consider);
  return vscode.workspace.onDidOpenTextDocument(consider);
}
