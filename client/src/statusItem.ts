import * as vscode from 'vscode';
import type { ReportStatus } from '../../server/src/lsp/protocol';
import { DOCUMENT_SELECTOR } from './documentSelector';

/**
 * The language status item of the active report: its format version and how
 * many errors and warnings it has, from the server's `govreport/status`.
 * Documents that are not reports get no item at all. The context key `govreport.activeEditorIsReport`
 * says the same to the menus.
 */
export class ReportStatusItem implements vscode.Disposable {
  private readonly statuses = new Map<string, ReportStatus>();
  private item: vscode.LanguageStatusItem | undefined;
  private readonly subscriptions = [
    vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
    vscode.workspace.onDidCloseTextDocument((document) => {
      this.statuses.delete(document.uri.toString());
      this.refresh();
    }),
  ];

  update(status: ReportStatus): void {
    if (status.isReport) this.statuses.set(status.uri, status);
    else this.statuses.delete(status.uri);
    this.refresh();
  }

  /** The report year the server read from the document's title, if any. */
  yearOf(uri: vscode.Uri): number | undefined {
    return this.statuses.get(uri.toString())?.year;
  }

  dispose(): void {
    this.item?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  private refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const status = document && this.statuses.get(document.uri.toString());
    // For menus: a `.md` report keeps the Markdown language, so its language id does not say it is a report.
    void vscode.commands.executeCommand('setContext', 'govreport.activeEditorIsReport', status !== undefined);
    if (!status) {
      this.item?.dispose();
      this.item = undefined;
      return;
    }
    this.item ??= vscode.languages.createLanguageStatusItem('govreport.status', DOCUMENT_SELECTOR);
    this.item.name = vscode.l10n.t('Annual report check');
    const format =
      status.format === 'mixed'
        ? vscode.l10n.t('Mixed 2019/2021 format')
        : status.format
          ? vscode.l10n.t('{0} format', status.format)
          : vscode.l10n.t('Format not recognised');
    // The counts in the text too: a pinned item shows only its text.
    this.item.text = `${format}  $(error) ${status.errors}  $(warning) ${status.warnings}`;
    this.item.detail = vscode.l10n.t('{0} errors, {1} warnings', status.errors, status.warnings);
    this.item.severity =
      status.errors > 0
        ? vscode.LanguageStatusSeverity.Error
        : status.warnings > 0
          ? vscode.LanguageStatusSeverity.Warning
          : vscode.LanguageStatusSeverity.Information;
    this.item.command = { title: vscode.l10n.t('Show problems'), command: 'workbench.actions.view.problems' };
  }
}
