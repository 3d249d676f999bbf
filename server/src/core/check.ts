import { DEFAULT_CONFIG, type Config } from './config/config';
import type { Report } from './model/report';
import { versionForYear } from './model/schema';
import { parseReport } from './parse/parseReport';
import { RULES } from './rules/index';
import type { Finding, RuleContext } from './rules/rule';
import { TableMath } from './rules/tableMath';
import { comparePositions } from './text/position';

export interface CheckResult {
  report: Report;
  math: TableMath;
  findings: Finding[];
}

/** Parses once, runs every enabled rule over the one model, findings in document order. */
export function checkText(text: string, config: Config = DEFAULT_CONFIG): CheckResult {
  return checkReport(parseReport(text), config);
}

export function checkReport(report: Report, config: Config = DEFAULT_CONFIG): CheckResult {
  const math = new TableMath(report);
  const expectedVersion =
    config.format !== 'auto' ? config.format : report.year ? versionForYear(report.year.value) : undefined;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const context: RuleContext = {
      report,
      expectedVersion,
      math,
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
