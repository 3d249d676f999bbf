import type { Severity } from '../severity';
import type { Report } from '../model/report';
import type { FormatVersion } from '../model/schema';
import type { Range } from '../text/position';
import type { Fix } from '../fixes/textEdit';
import type { ProseParagraph } from './proseParagraphs';
import type { TableMath } from '../tables/tableMath';

/** One fault found in a report: what the editor underlines and the CLI prints. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Other places that explain the finding, e.g. the cells a total was summed from. */
  related: RelatedPlace[];
  fixes: Fix[];
}

/** A place that explains a finding: in the same report, or in another file (last year's report). */
export interface RelatedPlace {
  range: Range;
  message: string;
  /** The other file's path, as the caller gave it (PreviousReport.file); absent for the report itself. */
  file?: string;
}

/** Last year's report of the same agency, when the drafter keeps it beside this one. */
export interface PreviousReport {
  report: Report;
  /** How messages name it: its file name. */
  name: string;
  /** Its path, for related information that points into it. */
  file: string;
}

export interface RuleContext {
  report: Report;
  /** For the one identity across years (this year's 上年结转 = last year's 结转下年度). */
  previous: PreviousReport | undefined;
  /** The format version the tables must follow: from the config, else from the year. */
  expectedVersion: FormatVersion | undefined;
  /** Effective values and sums of the statistical tables, computed once per check. */
  math: TableMath;
  /** The running text with wrapped lines joined (see proseParagraphs.ts), built on first use, once per check. */
  readonly paragraphs: readonly ProseParagraph[];
  add(finding: { range: Range; message: string; related?: Finding['related']; fixes?: Fix[] }): void;
}

/**
 * What a rule's fixes are: `safe` — at least some are safe, and `--fix` and
 * fix-all apply those; `unsafe` — it offers fixes, none of them safe (the
 * drafter decides); `none` — it offers no fix. A test holds each rule to it.
 */
export type FixKind = 'safe' | 'unsafe' | 'none';

export interface Rule {
  /** Stable id, used in settings, `.govreport.json` and output. Never renamed. */
  id: string;
  /** A few words naming the rule, for lists: SARIF, `govreport rules`, its doc page. */
  title: { zh: string; en: string };
  defaultSeverity: Severity;
  fix: FixKind;
  /** One paragraph each: what the rule checks and why a reviewer cares. */
  description: { zh: string; en: string };
  check(context: RuleContext): void;
}
