import { DEFAULT_CONFIG, type Config } from './config/config';
import type { Report } from './model/report';
import { versionForYear } from './model/schema';
import { parseReport } from './parse/parseReport';
import { RULES } from './rules/index';
import { proseParagraphs, type ProseParagraph } from './rules/proseParagraphs';
import type { Finding, PreviousReport, RuleContext } from './rules/rule';
import type { Severity } from './severity';
import { TableMath } from './tables/tableMath';
import { comparePositions } from './text/position';

export interface CheckResult {
  report: Report;
  math: TableMath;
  findings: Finding[];
}

/**
 * Parses once, runs every enabled rule over the one model, findings in document
 * order. `previous` is last year's report, if the caller found one (see node/previousReport.ts).
 */
export function checkText(text: string, config: Config = DEFAULT_CONFIG, previous?: PreviousReport): CheckResult {
  return checkReport(parseReport(text), config, previous);
}

export function checkReport(report: Report, config: Config = DEFAULT_CONFIG, previous?: PreviousReport): CheckResult {
  const math = new TableMath(report);
  const expectedVersion =
    config.format !== 'auto' ? config.format : report.year ? versionForYear(report.year.value) : undefined;
  const findings: Finding[] = [];
  let paragraphs: ProseParagraph[] | undefined;
  // One context for every rule; `add` files a finding under the rule running now.
  let running: { id: string; severity: Severity };
  const context: RuleContext = {
    report,
    previous,
    expectedVersion,
    math,
    get paragraphs() {
      return (paragraphs ??= proseParagraphs(report));
    },
    add: (f) =>
      findings.push({
        rule: running.id,
        severity: running.severity,
        message: f.message,
        range: f.range,
        related: f.related ?? [],
        fixes: f.fixes ?? [],
      }),
  };
  for (const rule of RULES) {
    const severity = config.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    running = { id: rule.id, severity };
    rule.check(context);
  }
  // Rule ids are ASCII: compared as strings, not by locale, which costs a collator call per comparison.
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { report, math, findings };
}
