import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES, type Finding } from '../../server/src/core/index';
import { CORPUS_FILES, CORPUS_DIR } from '../corpus';
import { RULE_CASES } from '../ruleCases';
import { findings } from '../support/findings';

const PUBLISHED = path.resolve(__dirname, '../../samples/published');

/** Every finding of the rule cases, the drafts and the published reports. */
function allFindings(): Finding[] {
  const samples = [
    ...CORPUS_FILES.map((f) => path.join(CORPUS_DIR, f)),
    ...readdirSync(PUBLISHED).filter((f) => f.endsWith('.txt')).map((f) => path.join(PUBLISHED, f)),
  ];
  return [...RULE_CASES.flatMap((c) => findings(c.text, undefined, c.previous)), ...samples.flatMap((file) => findings(readFileSync(file, 'utf8')))];
}

describe('what each rule declares of its fixes', () => {
  const all = allFindings();
  for (const rule of RULES) {
    it(`${rule.id}: ${rule.fix}`, () => {
      const fixes = all.filter((f) => f.rule === rule.id).map((f) => f.fixes);
      assert.ok(fixes.length > 0, 'the rule has findings to judge by');
      const offered = fixes.flat();
      if (rule.fix === 'none') assert.deepEqual(offered, [], 'a rule declared without fix offers none');
      if (rule.fix === 'unsafe') {
        assert.ok(offered.length > 0, 'a rule declared unsafe offers fixes');
        assert.deepEqual(offered.filter((x) => x.safe).map((x) => x.title), [], 'and none of them is safe');
      }
      if (rule.fix === 'safe') assert.ok(offered.some((x) => x.safe), 'a rule declared safe offers safe fixes');
    });
  }
});
