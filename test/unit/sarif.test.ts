import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../../server/src/core/index';
import { RULE_CASES } from '../ruleCases';
import { FIXTURES } from '../support/findings';
import { runCli } from '../support/runCli';

const ROOT = path.resolve(__dirname, '../..');

/** The official schema (test/fixtures/sarif/README.md says where it comes from). */
const validate = (() => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(FIXTURES, 'sarif/sarif-schema-2.1.0.json'), 'utf8')));
})();

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } };
  message?: { text: string };
}
interface SarifResult {
  ruleId: string;
  locations: SarifLocation[];
  relatedLocations: SarifLocation[];
}

/** Runs `check --format sarif` in `cwd` and validates what it prints against the schema. */
function sarifOf(args: string[], cwd: string) {
  const r = runCli(['check', '--format', 'sarif', ...args], { cwd });
  const sarif = JSON.parse(r.stdout);
  const valid: boolean = validate(sarif); // not a type guard here: the result is used as parsed
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  return { run: sarif.runs[0], results: sarif.runs[0].results as SarifResult[] };
}

const uriOf = (l: SarifLocation) => l.physicalLocation.artifactLocation;

describe('SARIF output', () => {
  it('the drafts and the published reports: valid SARIF 2.1.0, files relative to %SRCROOT%', () => {
    const { run, results } = sarifOf(['samples/drafts', 'samples/published'], ROOT);
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(ROOT).href + '/' } });
    assert.ok(results.length > 0);
    for (const result of results) {
      assert.equal(uriOf(result.locations[0]).uriBaseId, '%SRCROOT%');
      assert.match(uriOf(result.locations[0]).uri, /^samples\/(drafts|published(\/pdf)?)\/[^/\s#]+$/);
    }
    // A total's finding carries the cells it sums, with their message.
    const total = results.find((r) => r.relatedLocations.length > 0);
    assert.ok(total, 'some finding has related locations');
    assert.ok(total.relatedLocations.every((l) => l.message?.text));
  });

  it('every rule: its title as short description, its help, its level, its page', () => {
    const { run } = sarifOf(['samples/drafts'], ROOT);
    const descriptors = run.tool.driver.rules;
    assert.deepEqual(descriptors.map((d: { id: string }) => d.id), RULES.map((r) => r.id));
    for (const [i, rule] of RULES.entries()) {
      const d = descriptors[i];
      assert.equal(d.shortDescription.text, rule.title.zh);
      assert.equal(d.fullDescription.text, rule.description.zh);
      assert.ok(d.help.text.startsWith(rule.description.zh) && d.help.markdown.includes(rule.description.zh));
      assert.equal(d.helpUri, pathToFileURL(path.join(ROOT, 'docs/rules', `${rule.id}.md`)).href);
      assert.equal(d.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[rule.defaultSeverity]);
    }
    assert.equal(descriptors.find((d: { id: string }) => d.id === 'malformed-number').shortDescription.text, '数字格式不规范');
  });

  describe('a file named 报告 #1.txt, last year’s report beside it', () => {
    const carried = RULE_CASES.find((c) => c.rule === 'carried-over')!;
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'govreport-sarif-'));
      writeFileSync(path.join(dir, '报告 #1.txt'), carried.text);
      writeFileSync(path.join(dir, '去年 报告.txt'), carried.previous!);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('within %SRCROOT%: each path segment percent-encoded; last year’s cell a related location in its own file', () => {
      const { results } = sarifOf(['报告 #1.txt'], dir);
      const result = results.find((r) => r.ruleId === 'carried-over')!;
      assert.deepEqual(uriOf(result.locations[0]), { uri: encodeURIComponent('报告 #1.txt'), uriBaseId: '%SRCROOT%' });
      assert.deepEqual(uriOf(result.relatedLocations[0]), { uri: encodeURIComponent('去年 报告.txt'), uriBaseId: '%SRCROOT%' });
      assert.match(result.relatedLocations[0].message!.text, /结转下年度/);
    });

    it('outside %SRCROOT%: an absolute file: URI', () => {
      const { results } = sarifOf([path.join(dir, '报告 #1.txt')], ROOT);
      assert.deepEqual(uriOf(results[0].locations[0]), { uri: pathToFileURL(path.join(dir, '报告 #1.txt')).href });
    });
  });
});
