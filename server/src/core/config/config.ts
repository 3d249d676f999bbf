import type { FormatVersion } from '../model/schema';
import { t } from '../l10n';
import { RULES, ruleById } from '../rules/index';
import { SEVERITIES, type Severity } from '../severity';
import { closest } from './closest';

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

/** The keys a configuration may have (`$schema` lets an editor find the schema). */
const KNOWN_KEYS = ['$schema', 'format', 'rules'];

/**
 * Something in a configuration that was ignored, and where: the JSON path of
 * the offending value, or of its key when the key itself is wrong.
 */
export interface ConfigIssue {
  message: string;
  path: (string | number)[];
  atKey?: boolean;
  /** Nothing in the configuration could be used (it is not an object). */
  fatal?: boolean;
}

/** `there is no "rule"` plus `did you mean "rules"?` when a known word is that close. */
function unknownWord(message: string, word: string, known: readonly string[]): string {
  const meant = closest(word, known);
  return meant ? t('{0}; did you mean "{1}"?', message, meant) : message;
}

/**
 * Reads a config object from untrusted JSON, keeping what is valid and
 * describing what is not, so a typo in one rule never disables the others.
 */
export function parseConfig(json: unknown): { config: Config; problems: ConfigIssue[] } {
  const problems: ConfigIssue[] = [];
  const config: Config = { rules: {}, format: 'auto' };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { config, problems: [{ message: t('the configuration must be a JSON object'), path: [], fatal: true }] };
  }
  // A misspelt key or id would silently do nothing: say so, and what was probably meant.
  for (const key of Object.keys(json)) {
    if (!KNOWN_KEYS.includes(key)) problems.push({ message: unknownWord(t('there is no setting "{0}"', key), key, KNOWN_KEYS), path: [key], atKey: true });
  }
  const { rules, format } = json as Record<string, unknown>;
  if (format !== undefined) {
    if (format === 'auto' || format === '2019' || format === '2021' || format === 2019 || format === 2021) {
      config.format = String(format) as Config['format'];
    } else {
      problems.push({ message: t('"format" must be "auto", "2019" or "2021", not {0}', JSON.stringify(format)), path: ['format'] });
    }
  }
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      problems.push({ message: t('"rules" must be an object of rule ids'), path: ['rules'] });
    } else {
      for (const [id, value] of Object.entries(rules)) {
        const path = ['rules', id];
        if (!ruleById(id)) problems.push({ message: unknownWord(t('there is no rule "{0}"', id), id, RULES.map((r) => r.id)), path, atKey: true });
        else if (value === 'off' || SEVERITIES.includes(value as Severity)) config.rules[id] = value as RuleSetting;
        else if (value === false) config.rules[id] = 'off';
        else problems.push({ message: t('rule "{0}": {1} is not "off", "error", "warning", "information" or "hint"', id, JSON.stringify(value)), path });
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
