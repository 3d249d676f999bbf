/**
 * What the table view panel (tableView.ts, in the extension host) and its webview script
 * (client/webview/tableView.ts, in the browser) say to each other. Types only: both bundles import it.
 */
import type { TableView } from '../../server/src/lsp/protocol';

/**
 * A place in the view, by indexes into its arrays: a table (its caption), a row (its label) or
 * a cell. The panel finds the range in the text; the webview needs none.
 */
export interface ViewPlace {
  table: number;
  group?: number;
  row?: number;
  cell?: number;
}

export type ToWebview =
  /** The grids of the report `name`, drawn anew. */
  | { type: 'view'; view: TableView; name: string }
  /** The cell (or row) the text cursor is in, to highlight; none when it is in no table. */
  | { type: 'cursor'; place?: ViewPlace };

export type FromWebview =
  /** The script has loaded (again, after the panel was hidden): it needs the view. */
  | { type: 'ready' }
  /** The drafter clicked a place: select its text in the editor. */
  | { type: 'reveal'; place: ViewPlace };

/** The words of the view's own (not the report's), in VS Code's display language. */
export interface ViewStrings {
  noReport: string;
  hint: string;
  version: string;
  notInDraft: string;
  draftWrites: string;
  otherVersion: string;
  image: string;
  absent: string;
  blank: string;
  severity: Record<'error' | 'warning' | 'information' | 'hint', string>;
}
