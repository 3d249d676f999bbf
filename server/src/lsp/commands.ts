import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { insertTableEdit, parseReport, t } from '../core/index';
import type { DocumentChecks } from './documents';
import type { InsertTableArguments } from './protocol';
import { versionedEdit } from './workspaceEdit';

/**
 * `govreport.server.insertTable`: writes the blank official table at a position,
 * in the layout the document already uses, through `workspace/applyEdit`.
 */
export async function insertTable(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  checks: DocumentChecks,
  args: unknown[],
): Promise<boolean> {
  if (!isInsertTableArguments(args)) throw new Error(`bad arguments: ${JSON.stringify(args)}`);
  const [uri, position, table, version] = args;
  const checked = await checks.current(uri);
  const document = documents.get(uri);
  if (!checked || !document) return false;
  // A document that is not (yet) a report is parsed here just for its layout and line breaks.
  const report = checked.result?.report ?? parseReport(document.getText());
  const edit = insertTableEdit(report, position, table, version);
  const { applied } = await connection.workspace.applyEdit({
    label: t('Insert standard table'),
    edit: versionedEdit(uri, checked.version, [edit]),
  });
  return applied;
}

function isInsertTableArguments(args: unknown[]): args is InsertTableArguments {
  const [uri, position, table, version] = args as Partial<InsertTableArguments>;
  return (
    typeof uri === 'string' &&
    typeof position?.line === 'number' &&
    typeof position.character === 'number' &&
    (table === 2 || table === 3 || table === 4) &&
    (version === undefined || version === '2019' || version === '2021')
  );
}
