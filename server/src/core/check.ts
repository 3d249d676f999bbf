import { DEFAULT_CONFIG, type Config } from './config/config';
import type { Report } from './model/report';
import { versionForYear } from './model/schema';
import { parseReport } from './parse/parseReport';
import { RULES } from './rules/index';
import { proseParagraphs, type ProseParagraph } from './rules/proseParagraphs';
import type { Finding, PreviousReport, RuleContext } from './rules/rule';
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
  for (const rule of RULES) {
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
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
          rule: rule.id,
          severity: setting,
          message: f.message,
          range: f.range,
          related: f.related ?? [],
          fixes: f.fixes ?? [],
        }),
    };
    rule.check(context);
  }
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.rule.localeCompare(b.rule));
  return { report, math, findings };
}
