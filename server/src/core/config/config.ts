import type { FormatVersion } from '../model/schema';
import { t } from '../l10n';
import { ruleById } from '../rules/index';
import { SEVERITIES, type Severity } from '../severity';

/** A rule's setting: a severity, or `off` to silence it. */
export type RuleSetting = Severity | 'off';

/**
 * What a `.govreport.json` (and the editor's `govreport.*` settings) may say.
 * The CLI and the language server read the same file, so they always agree.
 */
export interface Config {
  /** Per rule id: a severity, or `off`. Rules not named keep their default. */
  rules: Record<string, RuleSetting>;
  /** `auto` takes the version from the report's year. */
  format: 'auto' | FormatVersion;
}

export const DEFAULT_CONFIG: Config = { rules: {}, format: 'auto' };

/**
 * Reads a config object from untrusted JSON, keeping what is valid and
 * describing what is not, so a typo in one rule never disables the others.
 */
export function parseConfig(json: unknown): { config: Config; problems: string[] } {
  const problems: string[] = [];
  const config: Config = { rules: {}, format: 'auto' };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { config, problems: [t('the configuration must be a JSON object')] };
  }
  const { rules, format } = json as Record<string, unknown>;
  if (format !== undefined) {
    if (format === 'auto' || format === '2019' || format === '2021' || format === 2019 || format === 2021) {
      config.format = String(format) as Config['format'];
    } else {
      problems.push(t('"format" must be "auto", "2019" or "2021", not {0}', JSON.stringify(format)));
    }
  }
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      problems.push(t('"rules" must be an object of rule ids'));
    } else {
      for (const [id, value] of Object.entries(rules)) {
        // A misspelt id would silence nothing without a word: say so.
        if (!ruleById(id)) problems.push(t('there is no rule "{0}"', id));
        else if (value === 'off' || SEVERITIES.includes(value as Severity)) config.rules[id] = value as RuleSetting;
        else if (value === false) config.rules[id] = 'off';
        else problems.push(t('rule "{0}": {1} is not "off", "error", "warning", "information" or "hint"', id, JSON.stringify(value)));
      }
    }
  }
  return { config, problems };
}

/** Settings later in the list override earlier ones, rule by rule. */
export function mergeConfigs(...configs: Config[]): Config {
  const merged: Config = { rules: {}, format: 'auto' };
  for (const c of configs) {
    Object.assign(merged.rules, c.rules);
    if (c.format !== 'auto') merged.format = c.format;
  }
  return merged;
}
