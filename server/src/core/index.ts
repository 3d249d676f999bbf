/**
 * The govreport core: text in, report model and findings out. Pure TypeScript,
 * no `vscode`, no LSP, no file system; the language server and the CLI are thin
 * adapters over these exports.
 */
export type { Position, Range } from './text/position';
export { TextLines } from './text/textLines';
export type * from './model/report';
export * from './model/schema';
export type { Severity } from './severity';
export type { Config } from './config/config';
export { DEFAULT_CONFIG, mergeConfigs, parseConfig } from './config/config';
export { parseConfigText, type ConfigProblem } from './config/configText';
export { closest } from './config/closest';
export { parseReport, parseTitleAndYear, parseTitleAndYearFromStart } from './parse/parseReport';
export { agencyOf } from './parse/agency';
export { checkText, checkReport, type CheckResult } from './check';
export type { Finding, PreviousReport, Rule } from './rules/rule';
export { RULES } from './rules/index';
export { fixKindNote } from './rules/fixKindNote';
export type { Fix, TextEdit } from './fixes/textEdit';
export { applyEdits, nonOverlapping } from './fixes/textEdit';
export { safeFixEdits } from './fixes/fixAll';
export { renderTableTemplate, insertTableEdit, type TableNumber } from './fixes/tableTemplate';
export { outline, type OutlineItem } from './features/outline';
export { foldingRanges } from './features/folding';
export { looksLikeReport } from './features/detect';
export { looksMisdecoded } from './features/misdecoded';
export { nameSaysReport } from './features/reportName';
export { tableExtents, tableTitle } from './features/extents';
export { hoverAt } from './features/hover';
export { gridExcerpt, type GridExcerpt } from './features/gridExcerpt';
export {
  tableView,
  type TableView,
  type TableViewTable,
  type TableViewGroup,
  type TableViewRow,
  type TableViewCell,
  type TableViewFinding,
} from './features/tableView';
export { keyFigures, type KeyFigures } from './features/keyFigures';
export { t, resolveLanguage, useLanguage, currentLanguage, localized, type Language } from './l10n';
