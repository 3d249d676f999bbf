import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  CodeActionParams,
  Diagnostic,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import type { ReportStatus } from '../../server/src/lsp/protocol';

const SERVER = path.resolve(__dirname, '../../dist/server.js');
const TIMEOUT_MS = 10_000;

export const fileUri = (file: string) => pathToFileURL(file).href;

/**
 * A minimal LSP client for the protocol tests: spawns `node dist/server.js --stdio`
 * and speaks JSON-RPC to it, recording what the server publishes and answering
 * its `workspace/configuration` and `workspace/applyEdit` requests.
 */
export class LspClient {
  /** Every `publishDiagnostics`, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly statuses: ReportStatus[] = [];
  /** `window/logMessage`s of type error: what the server caught instead of crashing. */
  readonly errors: string[] = [];
  /** Edits the server asked the client to apply. */
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** What the client answers to `workspace/configuration` for the `govreport` section. */
  settings: Record<string, unknown> = {};
  /** Pending `waitFor`s; each returns true once satisfied. */
  private listeners: (() => boolean)[] = [];

  private constructor(
    readonly connection: MessageConnection,
    private readonly child: ChildProcess,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.notify();
    });
    connection.onNotification('govreport/status', (s: ReportStatus) => {
      this.statuses.push(s);
      this.notify();
    });
    connection.onNotification('window/logMessage', (m: { type: number; message: string }) => {
      if (m.type === 1) this.errors.push(m.message);
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => (item.section === 'govreport' ? this.settings : null)),
    );
    connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(p.edit);
      this.notify();
      return { applied: true };
    });
  }

  /**
   * `pullSettings: false` plays an editor that cannot answer `workspace/configuration` and pushes settings instead;
   * `workspaceFolders`, the folders (paths) of the workspace the editor has open.
   */
  static async start(locale = 'zh-cn', pullSettings = true, workspaceFolders: string[] = []): Promise<LspClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: workspaceFolders.map((folder) => ({ uri: fileUri(folder), name: path.basename(folder) })),
      locale,
      capabilities: {
        workspace: { configuration: pullSettings, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true } },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** The server's process id, e.g. to read its memory from /proc. */
  get serverPid(): number | undefined {
    return this.child.pid;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
    this.child.kill();
  }

  /**
   * Closes the server's standard input, as an editor that goes away does; resolves with the server's exit
   * code, or with 'still running' after TIMEOUT_MS, when the server is killed.
   */
  async closeInput(): Promise<number | null | 'still running'> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.connection.dispose();
    this.child.stdin!.end();
    const code = await Promise.race([exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), TIMEOUT_MS))]);
    if (code === 'still running') this.child.kill();
    return code;
  }

  open(uri: string, text: string, languageId = 'govreport', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Tells the server the settings changed; it then asks for them again. */
  changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', params);
  }

  /** The first diagnostics published for `uri` (after the `skip` already seen) that satisfy `accept`. */
  diagnostics(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
    skip = 0,
    timeoutMs = TIMEOUT_MS,
  ): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri}`, () => {
      const found = this.published.filter((p) => p.uri === uri).slice(skip).find(accept);
      return found?.diagnostics;
    }, timeoutMs);
  }

  /** How many times diagnostics were published for `uri` so far. */
  publishCount(uri: string): number {
    return this.published.filter((p) => p.uri === uri).length;
  }

  /** Resolves once `probe` returns something, checking after each message from the server. */
  waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = TIMEOUT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      const check = () => {
        const value = probe();
        if (value === undefined) return false;
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      if (!check()) this.listeners.push(check);
    });
  }

  private notify(): void {
    this.listeners = this.listeners.filter((check) => !check());
  }
}
