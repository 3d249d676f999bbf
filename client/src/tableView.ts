import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TABLE_VIEW_REQUEST, type Position, type Range, type TableView, type TableViewResult } from '../../server/src/lsp/protocol';
import { DOCUMENT_SELECTOR } from './documentSelector';
import type { ServerStarter } from './startOnReport';
import type { FromWebview, ToWebview, ViewPlace, ViewStrings } from './tableViewMessages';

const VIEW_TYPE = 'govreport.tableView';
/** How long typing pauses before the view asks for the grids again. */
const REFRESH_DELAY_MS = 250;

/**
 * `govreport.showTableView`: 表二, 表三 and 表四 of the report drawn as the official grids in a
 * webview beside the text, as VS Code's Markdown preview stands beside Markdown. The server builds
 * the grids (govreport/tableView); this panel asks for them when the text or its diagnostics
 * change, follows the active report editor, selects a clicked cell's text in the editor and tells
 * the webview (client/webview/tableView.ts) which cell the text cursor is in.
 */
export class TableViewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The document shown, and its grids as the server last gave them. */
  private uri: vscode.Uri | undefined;
  private shown: TableViewResult | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by each request, so that an answer overtaken by a newer one is dropped. */
  private requests = 0;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly client: LanguageClient,
    private readonly server: ServerStarter,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && void this.follow(editor.document)),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.isShown(document.uri) && this.scheduleRefresh()),
      // Settings and .govreport.json change the findings without a change of the text.
      vscode.languages.onDidChangeDiagnostics(({ uris }) => uris.some((uri) => this.isShown(uri)) && this.scheduleRefresh()),
      vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => this.isShown(textEditor.document.uri) && this.postCursor(textEditor)),
    ];
  }

  /** Shows the view of `resource` (from a menu), or of the active editor's document. */
  async show(resource?: vscode.Uri): Promise<void> {
    const uri = resource ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a report to see its tables.'));
      return;
    }
    await this.server.start();
    if (this.panel) this.panel.reveal(undefined, true);
    else this.panel = this.createPanel();
    this.showDocument(uri);
    await this.refresh();
  }

  dispose(): void {
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      vscode.l10n.t('Table view'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // Scripts for the drawing; resources from dist/ only (the script and its style sheet).
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')] },
    );
    panel.webview.html = pageHtml(panel.webview, this.extensionUri);
    panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message));
    panel.onDidDispose(() => {
      clearTimeout(this.refreshTimer);
      this.panel = undefined;
      this.uri = undefined;
      this.shown = undefined;
    });
    return panel;
  }

  private showDocument(uri: vscode.Uri): void {
    this.uri = uri;
    this.shown = undefined;
    if (this.panel) this.panel.title = vscode.l10n.t('Tables: {0}', baseName(uri));
  }

  private isShown(uri: vscode.Uri): boolean {
    return this.uri?.toString() === uri.toString();
  }

  /** Another report became the active editor: the view shows it, as the Markdown preview follows its editor. */
  private async follow(document: vscode.TextDocument): Promise<void> {
    if (!this.panel || this.isShown(document.uri) || vscode.languages.match(DOCUMENT_SELECTOR, document) === 0) return;
    const result = await this.request(document.uri);
    // Notes or a plain text file: the view keeps the report it shows.
    if (!result || !this.panel) return;
    this.showDocument(document.uri);
    this.display(result);
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const uri = this.uri;
    if (!uri || !this.panel) return;
    const result = await this.request(uri);
    if (result && this.isShown(uri)) this.display(result);
  }

  /** The grids of the document's current text (the client sends pending changes first); undefined when it is no report. */
  private async request(uri: vscode.Uri): Promise<TableViewResult | undefined> {
    const request = ++this.requests;
    try {
      const result = await this.client.sendRequest(TABLE_VIEW_REQUEST, { uri: this.client.code2ProtocolConverter.asUri(uri) });
      return request === this.requests ? (result ?? undefined) : undefined;
    } catch {
      return undefined; // the server stopped or restarts: the view keeps what it shows
    }
  }

  private display(result: TableViewResult): void {
    this.shown = result;
    this.post({ type: 'view', view: result.view, name: baseName(vscode.Uri.parse(result.uri)) });
    const editor = vscode.window.visibleTextEditors.find((e) => this.isShown(e.document.uri));
    if (editor) this.postCursor(editor);
  }

  private postCursor(editor: vscode.TextEditor): void {
    if (!this.shown) return;
    const { line, character } = editor.selection.active;
    this.post({ type: 'cursor', place: placeAt(this.shown.view, { line, character }) });
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  private receive(message: FromWebview): void {
    if (message.type === 'ready') void this.refresh();
    else void this.reveal(message.place);
  }

  /** Selects the text of a clicked place in the editor, which takes the focus so the drafter can type. */
  private async reveal(place: ViewPlace): Promise<void> {
    const document = vscode.workspace.textDocuments.find((d) => this.isShown(d.uri));
    if (!document) return;
    // The view may be a keystroke behind: find the place in the grids of the text as it is now.
    if (this.shown?.version !== document.version) await this.refresh();
    const range = this.shown && rangeOf(this.shown.view, place);
    if (!range) return;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    await vscode.window.showTextDocument(document, { viewColumn: editor?.viewColumn ?? vscode.ViewColumn.Beside, selection });
  }
}

/** The cell the position is at (from the start of its mark to the end of its text, as the core's `isAtCell`), else its row. */
function placeAt(view: TableView, position: Position): ViewPlace | undefined {
  for (const [table, { groups }] of view.tables.entries()) {
    for (const [group, { rows }] of groups.entries()) {
      for (const [row, { cells, range }] of rows.entries()) {
        const cell = cells.findIndex((c) => c.markRange && c.range && contains({ start: c.markRange.start, end: c.range.end }, position));
        if (cell >= 0) return { table, group, row, cell };
        if (range && contains(range, position)) return { table, group, row };
      }
    }
  }
  return undefined;
}

/** What a place covers in the text: a cell's text, a row from its label to its last cell, the start of a table. */
function rangeOf(view: TableView, { table, group, row, cell }: ViewPlace): Range | undefined {
  const drawn = view.tables[table];
  if (group === undefined || row === undefined) return drawn?.range && { start: drawn.range.start, end: drawn.range.start };
  const viewRow = drawn?.groups[group]?.rows[row];
  return cell === undefined ? viewRow?.range : viewRow?.cells[cell]?.range;
}

function contains(range: Range, p: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, p) && before(p, range.end);
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * The words of the view itself, in VS Code's display language (the report's own words come from the
 * server). A `{0}` passed as itself stays in the text for the page to fill.
 */
function viewStrings(): ViewStrings {
  return {
    noReport: vscode.l10n.t('Open a report to see its tables.'),
    hint: vscode.l10n.t('Click a cell to select it in the text; the cell the text cursor is in is highlighted here.'),
    version: vscode.l10n.t('The official tables, {0} format', '{0}'),
    notInDraft: vscode.l10n.t('Not in the draft'),
    draftWrites: vscode.l10n.t('The draft writes: {0}', '{0}'),
    otherVersion: vscode.l10n.t('Not in this format: the draft writes it from the other version'),
    image: vscode.l10n.t('The draft has only a picture of this table.'),
    absent: vscode.l10n.t('The draft has no such table.'),
    blank: vscode.l10n.t('(blank)'),
    severity: {
      error: vscode.l10n.t('Error'),
      warning: vscode.l10n.t('Warning'),
      information: vscode.l10n.t('Information'),
      hint: vscode.l10n.t('Hint'),
    },
  };
}

/**
 * The page: a strict Content-Security-Policy (no network, no inline script, the script only with
 * this page's nonce), the bundled script and style sheet from dist/, and the view's words as a
 * JSON data block (not run as a script, so the policy needs no exception for it).
 */
function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const dist = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', file)).toString();
  const policy = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'`;
  const words = JSON.stringify(viewStrings()).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${dist('tableView.css')}">
</head>
<body>
<main id="tables"></main>
<footer id="details"></footer>
<script type="application/json" id="strings">${words}</script>
<script nonce="${nonce}" src="${dist('tableView.js')}"></script>
</body>
</html>`;
}
