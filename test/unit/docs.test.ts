import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/core/index';
import { DOCS_DIR, ruleDoc } from '../../scripts/ruleDocs';
import { configFileSchema, MANIFEST_FILE, manifestWithRules, NLS_FILES, nlsWithRules, SCHEMA_FILE } from '../../scripts/configSchema';

const ROOT = path.resolve(__dirname, '../..');

/** Every message key the code passes to `t(…)` or `l10n.t(…)`. */
function messageKeys(): string[] {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) keys.add(m[1].replace(/\\'/g, "'"));
      }
    }
  };
  walk(path.join(ROOT, 'server/src'));
  walk(path.join(ROOT, 'client/src'));
  return [...keys];
}

describe('documentation and translations', () => {
  it('every rule has a doc page generated from its description (npm run docs)', () => {
    for (const rule of RULES) {
      assert.equal(readFileSync(path.join(DOCS_DIR, `${rule.id}.md`), 'utf8'), ruleDoc(rule), `docs/rules/${rule.id}.md is stale`);
    }
    assert.equal(readdirSync(DOCS_DIR).length, RULES.length);
  });

  it('the schema of .govreport.json and the govreport.rules setting name every rule (npm run docs)', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    assert.deepEqual(schema, configFileSchema(), 'schemas/govreport.schema.json is stale');
    assert.deepEqual(Object.keys(schema.properties.rules.properties), RULES.map((r) => r.id));
    const manifest = readFileSync(MANIFEST_FILE, 'utf8');
    assert.equal(manifest, manifestWithRules(manifest), 'govreport.rules in package.json is stale');
    for (const language of ['en', 'zh'] as const) {
      const nls = readFileSync(NLS_FILES[language], 'utf8');
      assert.equal(nls, nlsWithRules(nls, language), `${path.basename(NLS_FILES[language])} is stale`);
    }
  });

  it('every rule id is stable kebab-case and unique', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  });

  it('every message has a Chinese translation', () => {
    const bundle = JSON.parse(readFileSync(path.join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));
    const missing = messageKeys().filter((k) => !(k in bundle));
    assert.deepEqual(missing, []);
  });
});
