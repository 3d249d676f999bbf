import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { looksLikeReport } from '../../server/src/core/features/detect';
import { looksMisdecoded } from '../../server/src/core/features/misdecoded';
import { nameSaysReport } from '../../server/src/core/features/reportName';
import { DOCUMENT_SELECTOR } from './documentSelector';

/**
 * Starts the language server (some 60 MiB) once a document that may be a report is open or typed
 * into, not for every Markdown or plain-text file that activates the extension. The server decides
 * the same way which documents it checks.
 */
export class ServerStarter implements vscode.Disposable {
  private started: Promise<void> | undefined;
  private watchers: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.watchers = [
      vscode.workspace.onDidOpenTextDocument((document) => this.consider(document)),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.consider(document)),
    ];
    vscode.workspace.textDocuments.forEach((document) => this.consider(document));
  }

  /** Starts the server unless it is running; a command that needs it waits for this. */
  start(): Promise<void> {
    if (!this.started) {
      this.dispose();
      this.started = this.client.start();
    }
    return this.started;
  }

  dispose(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
  }

  private consider(document: vscode.TextDocument): void {
    if (!this.started && mayBeReport(document)) void this.start();
  }
}

function mayBeReport(document: vscode.TextDocument): boolean {
  if (vscode.languages.match(DOCUMENT_SELECTOR, document) === 0) return false;
  if (document.languageId === 'govreport') return true;
  const text = document.getText();
  const detect = vscode.workspace.getConfiguration('govreport', document.uri).get<boolean>('detect', true);
  return (detect && looksLikeReport(text)) || (nameSaysReport(document.uri.path) && looksMisdecoded(text));
}
