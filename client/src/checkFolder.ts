import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECK_FILE_REQUEST, REPORT_FILE_EXTENSIONS } from '../../server/src/lsp/protocol';
import type { ServerStarter } from './startOnReport';

/** Every file the checker reads, the extension in either case (`.TXT` from Windows). */
const REPORT_FILES = `**/*.{${REPORT_FILE_EXTENSIONS.join(',')},${REPORT_FILE_EXTENSIONS.map((e) => e.toUpperCase()).join(',')}}`;
/** As the CLI searches a folder: hidden folders (.git, .vscode) and node_modules left out. */
const SKIPPED = '{**/node_modules/**,**/.*/**}';

/**
 * `govreport.checkFolder`: fills the Problems panel for every report of the workspace (or of the
 * folder chosen in the explorer), open or not
 * — texts that look like reports, and PDF, Word and HTML files — under a progress notification
 * that can be cancelled. The client lists the files and asks the server to check each one (it has
 * the readers and the rules, and publishes the diagnostics); from then on a file watcher keeps
 * them in step: a changed or new file is checked again, a deleted one loses its diagnostics.
 */
export class FolderCheck implements vscode.Disposable {
  private watcher: vscode.FileSystemWatcher | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly server: ServerStarter,
  ) {}

  async run(folder?: vscode.Uri): Promise<void> {
    await this.server.start();
    this.watch();
    const reports = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the reports of the folder'), cancellable: true },
      async (progress, token) => {
        const pattern = folder ? new vscode.RelativePattern(folder, REPORT_FILES) : REPORT_FILES;
        const files = await vscode.workspace.findFiles(pattern, SKIPPED, undefined, token);
        let found = 0;
        for (const [i, file] of files.entries()) {
          if (token.isCancellationRequested) break;
          progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(file)}`, increment: 100 / files.length });
          if (await this.check(file)) found++;
        }
        return found;
      },
    );
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} reports checked: their problems are in the Problems panel.', reports));
  }

  dispose(): void {
    this.watcher?.dispose();
  }

  /** Whether the file is a report; the server publishes its diagnostics. */
  private async check(file: vscode.Uri): Promise<boolean> {
    const { isReport } = await this.client.sendRequest(CHECK_FILE_REQUEST, { uri: this.client.code2ProtocolConverter.asUri(file) });
    return isReport;
  }

  private watch(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(REPORT_FILES);
    // A deleted file is asked about too: the server finds it gone and clears its diagnostics.
    const recheck = (file: vscode.Uri) => void this.check(file);
    this.watcher.onDidCreate(recheck);
    this.watcher.onDidChange(recheck);
    this.watcher.onDidDelete(recheck);
  }
}
