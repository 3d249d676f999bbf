import { TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextEdit } from '../core/index';

/** Edits tied to the version they were computed for: the client refuses them once the text has moved on. */
export function versionedEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
}
