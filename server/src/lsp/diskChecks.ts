import { existsSync } from 'node:fs';
import { extname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, looksLikeReport, parseReport, t } from '../core/index';
import { loadIgnoreFile } from '../node/ignoreFile';
import { PreviousReports } from '../node/previousReport';
import { readAnyReport, type AnyReport } from '../readers/readAnyReport';
import { locationInWords } from '../readers/sourceMap';
import { toDiagnostic } from './diagnostics';
import { PUBLISHED_EXTENSIONS, SOURCE, type CheckFileResult } from './protocol';
import type { Settings } from './settings';

/** Named as a report, as the `govreport` language's extensions say: checked whatever its text looks like. */
const REPORT_NAME = /\.govreport\.(txt|md)$/i;
/** Files read by a reader, not as text: one that cannot be read says why rather than staying silent. */
const START = { line: 0, character: 0 };

/**
 * The diagnostics of reports on disk, open in the editor or not ("Check all reports in this folder"):
 * each file read as the CLI reads it, its findings published on its uri. Kept in step: the client
 * asks again when a file changes or goes away, and the server re-checks the files it keeps when one
 * closes in the editor (whose live diagnostics stood in for them meanwhile) or the settings change.
 * A PDF, Word or HTML file's ranges would point into report text the editor never shows: its
 * findings stand at 0:0 and say where they are in the message (page and line, table/row/column, paragraph).
 */
export class DiskChecks {
  /** The reports whose diagnostics are kept, by uri. */
  private readonly kept = new Set<string>();
  /** Each file's latest check, so that a slower earlier one does not overwrite it. */
  private readonly runs = new Map<string, number>();
  private readonly previousReports = new PreviousReports();
  /** The workspace folders' paths, and each one's `.govreportignore` once read. */
  private workspaceFolders: string[] = [];
  private readonly ignoreFiles = new Map<string, (path: string) => boolean>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: Settings,
  ) {}

  /** The workspace folders changed (or are first known): each has its own `.govreportignore`. */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.workspaceFolders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    this.ignoreFilesChanged();
  }

  /** A `.govreportignore` changed: read again on the next check. */
  ignoreFilesChanged(): void {
    this.ignoreFiles.clear();
  }

  async check(uri: string): Promise<CheckFileResult> {
    const run = (this.runs.get(uri) ?? 0) + 1;
    this.runs.set(uri, run);
    const diagnostics = await this.diagnose(uri);
    if (this.runs.get(uri) !== run) return { isReport: diagnostics !== undefined };
    // An open document's live diagnostics stand for the file until it closes.
    const isOpen = this.documents.get(uri) !== undefined;
    if (diagnostics) {
      this.kept.add(uri);
      if (!isOpen) void this.connection.sendDiagnostics({ uri, diagnostics });
    } else {
      // Not a report: nothing of it is kept, its settings neither (a folder may hold thousands of such files).
      if (!isOpen) this.settings.forget(uri);
      if (this.kept.delete(uri) && !isOpen) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    return { isReport: diagnostics !== undefined };
  }

  /** A document closed: a kept report gets its diagnostics from disk again. */
  closed(uri: string): void {
    if (this.kept.has(uri)) void this.check(uri);
  }

  /** The settings or a `.govreport.json` changed. */
  recheckAll(): void {
    for (const uri of this.kept) void this.check(uri);
  }

  /** Ignored by the `.govreportignore` of the (innermost) workspace folder the file is in, as the CLI run there would. */
  private isIgnored(path: string): boolean {
    const folder = this.workspaceFolders.filter((f) => path.startsWith(f + sep)).sort((a, b) => b.length - a.length)[0];
    if (folder === undefined) return false;
    let ignores = this.ignoreFiles.get(folder);
    if (!ignores) this.ignoreFiles.set(folder, (ignores = loadIgnoreFile(folder)));
    return ignores(path);
  }

  /** The file's diagnostics, or undefined when it is not a report, is gone or is ignored. */
  private async diagnose(uri: string): Promise<Diagnostic[] | undefined> {
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    if (!existsSync(path) || this.isIgnored(path)) return undefined;
    const settings = await this.settings.forDocument(uri);
    let source: AnyReport;
    try {
      source = await readAnyReport(path);
    } catch (e) {
      return PUBLISHED_EXTENSIONS.includes(extname(path).slice(1).toLowerCase()) ? [fileDiagnostic((e as Error).message, DiagnosticSeverity.Error)] : undefined;
    }
    if (source.kind === 'text' && !REPORT_NAME.test(path) && !(settings.detect && looksLikeReport(source.text))) return undefined;
    const report = parseReport(source.text);
    const { findings } = checkReport(report, settings.config, this.previousReports.find(path, report));
    if (source.kind === 'text') return findings.map((f) => toDiagnostic(f, uri));
    const { map, notes } = source;
    return [
      ...notes.map((note) => fileDiagnostic(note, DiagnosticSeverity.Information)),
      ...findings.map((f) => {
        const location = map.locate(f.range.start);
        const message = location ? t('{0} ({1})', f.message, locationInWords(location)) : f.message;
        // The related cells' ranges are in the report text too: the message names them already.
        return { ...toDiagnostic(f, uri), range: { start: START, end: START }, message, relatedInformation: undefined };
      }),
    ];
  }
}

/** A diagnostic about the file as a whole: why it cannot be read, what its reader left out. */
function fileDiagnostic(message: string, severity: DiagnosticSeverity): Diagnostic {
  return { range: { start: START, end: START }, severity, source: SOURCE, message };
}
