/**
 * The govreport language server: wires LSP requests to the core. Each concern
 * lives in its own file; this one only connects them. Started by the VS Code
 * client over IPC, or by any editor with `node dist/server.js --stdio`.
 */
import {
  CodeActionKind,
  type Connection,
  createConnection,
  DidChangeConfigurationNotification,
  type MessageReader,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { setFlagsFromString } from 'node:v8';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { currentLanguage, foldingRanges, hoverAt, outline, resolveLanguage, tableView, useLanguage } from '../core/index';
import { codeActions } from './codeActions';
import { insertTable } from './commands';
import { ConfigDiagnostics } from './configDiagnostics';
import { ResultPublisher } from './diagnostics';
import { DiskChecks } from './diskChecks';
import { DocumentChecks, isSpokenFor } from './documents';
import { reopenAsGb18030Actions } from './misdecoded';
import { consoleToStandardError, OnePieceMessageWriter } from './onePieceWriter';
import { CHECK_FILE_REQUEST, FIX_ALL_KIND, INSERT_TABLE_COMMAND, READ_REPORT_REQUEST, TABLE_VIEW_REQUEST } from './protocol';
import { readReportText } from './readReportRequest';
import { Settings } from './settings';
import { toDocumentSymbols } from './symbols';

declare const PACKAGE_VERSION: string;

// V8 optimises a function once it has run a budget of bytecode (66 KB in Node 20), sized for a web page's
// many functions each run a few times. The server runs the same check at every keystroke: with 16 KB its check
// is optimised within the first few hundred keystrokes, not a thousand or more (DEVELOPING.md, Benchmarks).
// A V8 without the flag says so on standard error and goes on.
setFlagsFromString('--interrupt-budget=16384');

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const publisher = new ResultPublisher(connection);
const configDiagnostics = new ConfigDiagnostics(connection);
let settings: Settings;
let checks: DocumentChecks;
let diskChecks: DiskChecks;
let canRegisterForSettings = false;
/** The client can apply a WorkspaceEdit that creates a file (a new .govreport.json). */
let canCreateFiles = false;
/** The client tells of workspace folders added and removed (each has its own `.govreportignore`). */
let canFollowWorkspaceFolders = false;

/**
 * Over standard input and output, messages go out each in one write (onePieceWriter.ts); over IPC (VS Code),
 * as the library sends them. The library reads standard input as it does for `--stdio`, and exits when the
 * editor closes it: it takes a stream to read beside a writer (it tells them apart at run time; its types
 * want both of one kind).
 */
function stdioConnection(): Connection {
  consoleToStandardError();
  return createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new OnePieceMessageWriter(process.stdout));
}

/** Runs a handler so that no input can take the server down: a failure is logged and answered with `fallback`. */
function guarded<P, R>(name: string, fallback: R, handler: (params: P) => Promise<R> | R): (params: P) => Promise<R> {
  return async (params) => {
    try {
      return await handler(params);
    } catch (e) {
      connection.console.error(`govreport: ${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
}

/** Applies `govreport.language`; true when the message language changed. */
async function applyLanguage(): Promise<boolean> {
  const before = currentLanguage();
  useLanguage(await settings.language());
  return currentLanguage() !== before;
}

connection.onInitialize((params) => {
  const { workspace } = params.capabilities;
  settings = new Settings(connection, workspace?.configuration === true, params.locale, (loaded) => configDiagnostics.publish(loaded));
  checks = new DocumentChecks(
    documents,
    settings,
    (checked) => publisher.publish(checked),
    (message) => connection.console.error(message),
  );
  diskChecks = new DiskChecks(connection, documents, settings);
  diskChecks.setWorkspaceFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  canFollowWorkspaceFolders = workspace?.workspaceFolders === true;
  canRegisterForSettings = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  canCreateFiles = workspace?.workspaceEdit?.resourceOperations?.includes('create') === true;
  // Until the settings are read, speak the client's language.
  useLanguage(resolveLanguage(params.locale));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      hoverProvider: true,
      executeCommandProvider: { commands: [INSERT_TABLE_COMMAND] },
      ...(canFollowWorkspaceFolders && { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } }),
    },
    serverInfo: { name: 'govreport', version: typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev' },
  };
});

connection.onInitialized(
  guarded('initialized', undefined, async () => {
    if (canRegisterForSettings) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'govreport' });
    }
    if (canFollowWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guarded('didChangeWorkspaceFolders', undefined, async () => diskChecks.setWorkspaceFolders(((await connection.workspace.getWorkspaceFolders()) ?? []).map((f) => f.uri))),
      );
    }
    if (await applyLanguage()) checks.recheckAll();
  }),
);

connection.onDidChangeConfiguration(
  guarded('didChangeConfiguration', undefined, async (params) => {
    settings.invalidate(params.settings);
    await applyLanguage();
    checks.recheckAll();
    diskChecks.recheckAll();
  }),
);

/** A `.govreport.json` or `.govreportignore` was created, changed or deleted (the client watches them). */
connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const { uri } of changes) configDiagnostics.refresh(uri);
  diskChecks.ignoreFilesChanged();
  settings.invalidate();
  checks.recheckAll();
  diskChecks.recheckAll();
});

documents.onDidChangeContent(({ document }) => checks.schedule(document.uri));

documents.onDidClose(({ document }) => {
  const published = checks.forget(document.uri);
  publisher.close(document.uri, isSpokenFor(published));
  diskChecks.closed(document.uri);
});

connection.onCodeAction(
  guarded('codeAction', [], async (params) => {
    const checked = await checks.current(params.textDocument.uri);
    if (checked?.misdecoded) return reopenAsGb18030Actions(params.textDocument.uri, params.context.diagnostics);
    return checked?.result ? codeActions(params, checked.version, checked.result, canCreateFiles) : [];
  }),
);

connection.onDocumentSymbol(
  guarded('documentSymbol', [], async (params) => {
    const checked = await checks.current(params.textDocument.uri);
    return checked?.result ? toDocumentSymbols(outline(checked.result.report)) : [];
  }),
);

connection.onFoldingRanges(
  guarded('foldingRange', [], async (params) => {
    const checked = await checks.current(params.textDocument.uri);
    return checked?.result ? foldingRanges(checked.result.report) : [];
  }),
);

connection.onHover(
  guarded('hover', null, async (params) => {
    const checked = await checks.current(params.textDocument.uri);
    const hover = checked?.result && hoverAt(checked.result.math, params.position);
    return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
  }),
);

connection.onRequest(
  TABLE_VIEW_REQUEST,
  guarded('tableView', null, async ({ uri }) => {
    const checked = await checks.current(uri);
    return checked?.result ? { uri, version: checked.version, view: tableView(checked.result) } : null;
  }),
);

connection.onExecuteCommand(
  guarded('executeCommand', null, async (params) => {
    if (params.command !== INSERT_TABLE_COMMAND) return null;
    return insertTable(connection, documents, checks, params.arguments ?? []);
  }),
);

// Any failure to read is its answer: no guard needed.
connection.onRequest(READ_REPORT_REQUEST, readReportText);

connection.onRequest(
  CHECK_FILE_REQUEST,
  guarded('checkFile', { isReport: false }, ({ uri }) => diskChecks.check(uri)),
);

documents.listen(connection);
connection.listen();
