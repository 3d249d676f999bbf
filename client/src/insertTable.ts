import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { tableTitle } from '../../server/src/core/features/extents';
import { FORMAT_VERSIONS, versionForYear, type FormatVersion } from '../../server/src/core/model/schema';
import { INSERT_TABLE_COMMAND, type InsertTableArguments } from '../../server/src/lsp/protocol';
import type { ReportStatusItem } from './statusItem';

const TABLES = [2, 3, 4] as const;

/**
 * `govreport.insertTable`: pick one of the three tables in either format version
 * (the report's own version first) and have the server insert it at the cursor.
 */
export async function insertTable(client: LanguageClient, status: ReportStatusItem): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const { document, selection } = editor;
  const year = status.yearOf(document.uri);
  const preferred: FormatVersion = year ? versionForYear(year) : '2021';
  const versions = [preferred, ...FORMAT_VERSIONS.filter((v) => v !== preferred)];
  const items = versions.flatMap((version) =>
    TABLES.map((table) => ({ label: tableTitle(table), description: vscode.l10n.t('{0} format', version), table, version })),
  );
  const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which table to insert at the cursor?') });
  if (!pick) return;
  const args: InsertTableArguments = [
    client.code2ProtocolConverter.asUri(document.uri),
    client.code2ProtocolConverter.asPosition(selection.active),
    pick.table,
    pick.version,
  ];
  const applied = await client.sendRequest(ExecuteCommandRequest.type, { command: INSERT_TABLE_COMMAND, arguments: args });
  if (!applied) void vscode.window.showWarningMessage(vscode.l10n.t('The table could not be inserted: the document changed, or it is not a text report.'));
}
