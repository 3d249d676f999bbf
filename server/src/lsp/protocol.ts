/**
 * What the govreport client and server say to each other beyond standard LSP.
 * Plain types and names only, so the client can import this file without
 * pulling the server into its bundle.
 */
import type { Fix, FormatVersion, Position, TableNumber } from '../core/index';

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
