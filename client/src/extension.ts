/**
 * The govreport VS Code extension: starts the language server (dist/server.js)
 * once a report is open, and adds what LSP has no words for: switching `.txt`
 * reports to the `govreport` language, the status item, the insert-table and
 * fix-all commands, reopening a misdecoded GB18030 report, opening a PDF, Word
 * or HTML file as report text, checking every report of the folder, and the table view.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { REOPEN_AS_GB18030_COMMAND, STATUS_NOTIFICATION, type ReportStatus } from '../../server/src/lsp/protocol';
import { FolderCheck } from './checkFolder';
import { DOCUMENT_SELECTOR } from './documentSelector';
import { fixAll } from './fixAll';
import { insertTable } from './insertTable';
import { openAsReportText } from './openAsReportText';
import { reopenAsGb18030 } from './reopenAsGb18030';
import { switchReportsToGovreport } from './reportLanguage';
import { ServerStarter } from './startOnReport';
import { ReportStatusItem } from './statusItem';
import { TableViewPanel } from './tableView';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  client = new LanguageClient('govreport', vscode.l10n.t('Annual report check'), serverOptions, {
    documentSelector: DOCUMENT_SELECTOR,
    // The server reads `.govreport.json` and `.govreportignore` itself; it only needs to hear when one changes.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.govreport.json,.govreportignore}') },
  });
  const status = new ReportStatusItem();
  const languageClient = client;
  const server = new ServerStarter(client);
  const folderCheck = new FolderCheck(client, server);
  const tableView = new TableViewPanel(client, server, context.extensionUri);
  context.subscriptions.push(
    status,
    server,
    folderCheck,
    tableView,
    switchReportsToGovreport(),
    client.onNotification(STATUS_NOTIFICATION, (s: ReportStatus) => status.update(s)),
    vscode.commands.registerCommand('govreport.insertTable', async () => {
      await server.start();
      await insertTable(languageClient, status);
    }),
    vscode.commands.registerCommand('govreport.fixAll', fixAll),
    vscode.commands.registerCommand(REOPEN_AS_GB18030_COMMAND, reopenAsGb18030),
    vscode.commands.registerCommand('govreport.openAsReportText', (resource?: vscode.Uri) => openAsReportText(languageClient, server, resource)),
    vscode.commands.registerCommand('govreport.checkFolder', (folder?: vscode.Uri) => folderCheck.run(folder)),
    vscode.commands.registerCommand('govreport.showTableView', (resource?: vscode.Uri) => tableView.show(resource)),
  );
}

export function deactivate(): Promise<void> | undefined {
  return client?.isRunning() ? client.stop() : undefined;
}
