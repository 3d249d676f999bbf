/**
 * What the govreport client and server say to each other beyond standard LSP.
 * Types, names and typed requests only (vscode-languageserver-protocol is in
 * both bundles anyway), so the client can import this file without pulling the
 * server into its bundle.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Fix, FormatVersion, Position, TableNumber, TableView } from '../core/index';

export type { Position, Range, TableView, TableViewCell, TableViewFinding, TableViewGroup, TableViewRow, TableViewTable } from '../core/index';

/** Sent after each publish of diagnostics, for the client's language status item. */
export const STATUS_NOTIFICATION = 'govreport/status';

export interface ReportStatus {
  uri: string;
  /** False when the document is not (or no longer) checked: not a report, or detection is off. */
  isReport: boolean;
  year?: number;
  format?: FormatVersion | 'mixed';
  errors: number;
  warnings: number;
}

/** Fix-all, as `editor.codeActionsOnSave: { "source.fixAll.govreport": "explicit" }` and the `govreport.fixAll` command ask for it. */
export const FIX_ALL_KIND = 'source.fixAll.govreport';

/** `workspace/executeCommand`: inserts a blank official table at a position. */
export const INSERT_TABLE_COMMAND = 'govreport.server.insertTable';

export type InsertTableArguments = [uri: string, position: Position, table: TableNumber, version?: FormatVersion];

/** The `data` of every govreport diagnostic: its fixes, so code actions need no re-check. */
export interface DiagnosticData {
  /** The document version the fixes' ranges refer to; a stale fix is refused by the client. */
  version: number;
  fixes: Fix[];
}

/**
 * A client command (`vscode.workspace.openTextDocument` with an encoding has no LSP equivalent):
 * reopens the document at the uri, given as a string, decoded as GB18030.
 */
export const REOPEN_AS_GB18030_COMMAND = 'govreport.reopenAsGb18030';

/** The `source` of every diagnostic the server publishes: how the client and code actions know ours. */
export const SOURCE = 'govreport';

/** The files the checker reads, by extension: text reports, and PDF, Word and web pages turned into report text. */
export const REPORT_FILE_EXTENSIONS = ['txt', 'md', 'pdf', 'docx', 'html', 'htm'] as const;

/** The uri of a file on disk, as a string. */
export interface FileParams {
  uri: string;
}

/**
 * `govreport/readReport`: the report text of a file on disk as the checker reads it (a PDF, Word
 * or HTML file in the row-per-line layout), and what its reader could not do; or why it cannot be read.
 */
export const READ_REPORT_REQUEST = new RequestType<FileParams, ReadReportResult, void>('govreport/readReport');

export type ReadReportResult = { text: string; notes: string[] } | { error: string };

/**
 * `govreport/checkFile`: checks a file as it is on disk, open or not, and publishes its diagnostics
 * (an open document keeps its live ones); a file gone from disk loses them. From then on the
 * server keeps them: re-checked when the file closes in the editor or the settings change.
 */
export const CHECK_FILE_REQUEST = new RequestType<FileParams, CheckFileResult, void>('govreport/checkFile');

export interface CheckFileResult {
  /** The file is a report (a text that looks like one, or a PDF, Word or HTML file) and was checked. */
  isReport: boolean;
}

/** The extensions of the files the server reads through a reader (PDF, Word, web pages), not as text. */
export const PUBLISHED_EXTENSIONS: readonly string[] = ['pdf', 'docx', 'html', 'htm'];

/**
 * `govreport/tableView`: 表二, 表三 and 表四 of an open document drawn as the official grids
 * (core/features/tableView.ts), for the client's table view, from the check of its current text.
 * Null when the document is not open or is not checked as a report.
 */
export const TABLE_VIEW_REQUEST = new RequestType<TableViewParams, TableViewResult | null, void>('govreport/tableView');

export interface TableViewParams {
  /** An open document. */
  uri: string;
}

export interface TableViewResult {
  uri: string;
  /** The version of the document the grids' ranges refer to. */
  version: number;
  view: TableView;
}
