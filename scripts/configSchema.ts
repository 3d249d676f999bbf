import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, type Rule } from '../server/src/core/index';

/**
 * Where users name rules — `.govreport.json` and the `govreport.rules` setting —
 * VS Code completes the ids, shows what each rule checks and flags a misspelt
 * one. Both schemas are generated from RULES, like the doc pages.
 */

const ROOT = path.resolve(__dirname, '..');
export const SCHEMA_FILE = path.join(ROOT, 'schemas/govreport.schema.json');
export const MANIFEST_FILE = path.join(ROOT, 'package.json');
export const NLS_FILES = { en: path.join(ROOT, 'package.nls.json'), zh: path.join(ROOT, 'package.nls.zh-cn.json') };

const RULE_SETTINGS = ['off', 'error', 'warning', 'information', 'hint'];
const NLS_PREFIX = 'configuration.rules.';

function ruleSetting(rule: Rule, markdownDescription: string) {
  return { type: 'string', enum: RULE_SETTINGS, default: rule.defaultSeverity, markdownDescription };
}

/** The JSON schema of `.govreport.json` (the extension registers it through `jsonValidation`). */
export function configFileSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.govreport.json',
    description: 'govreport: 规则级别与格式版本 / rule severities and the format version',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      format: {
        enum: ['auto', '2019', '2021'],
        default: 'auto',
        markdownDescription: '表格应遵循的格式版本；`auto` 按报告年度确定。\n\nThe format version the tables must follow; `auto` takes it from the report’s year.',
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((r) => [r.id, ruleSetting(r, `${r.description.zh}\n\n${r.description.en}`)]),
        ),
      },
    },
  };
}

/** `package.json` with one property per rule under the `govreport.rules` setting, described through the nls files. */
export function manifestWithRules(manifestText: string): string {
  const manifest = JSON.parse(manifestText);
  const setting = manifest.contributes.configuration.properties['govreport.rules'];
  setting.properties = Object.fromEntries(RULES.map((r) => [r.id, ruleSetting(r, `%${NLS_PREFIX}${r.id}%`)]));
  setting.additionalProperties = false;
  return formatJson(manifest);
}

/** An nls file with each rule's description under `configuration.rules.<id>`, other keys kept. */
export function nlsWithRules(nlsText: string, language: 'en' | 'zh'): string {
  const kept = Object.entries(JSON.parse(nlsText) as Record<string, string>).filter(([key]) => !key.startsWith(NLS_PREFIX));
  return formatJson(Object.fromEntries([...kept, ...RULES.map((r) => [`${NLS_PREFIX}${r.id}`, r.description[language]])]));
}

function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, formatJson(configFileSchema()));
  writeFileSync(MANIFEST_FILE, manifestWithRules(readFileSync(MANIFEST_FILE, 'utf8')));
  for (const language of ['en', 'zh'] as const) {
    writeFileSync(NLS_FILES[language], nlsWithRules(readFileSync(NLS_FILES[language], 'utf8'), language));
  }
  console.log(`wrote the schema of .govreport.json and the govreport.rules setting for ${RULES.length} rules`);
}
