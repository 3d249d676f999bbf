import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesIn } from '../../server/src/core/text/matches';

describe('matchesIn', () => {
  const cases: [string, RegExp][] = [
    ['本年新收 3１ 件，结转 2 .5 件', /[０-９]+|\d+/g],
    ['a1b22c333', /\d*/g], // empty matches between the digits
    ['行政复议 3 件，行政诉讼 4 起', /(行政复议|行政诉讼)\s*(\d+)/g],
    ['', /x/g],
  ];
  for (const [text, pattern] of cases) {
    it(`finds what matchAll finds: ${pattern} in “${text}”`, () => {
      const ours = matchesIn(text, pattern).map((m) => [m.index, ...m]);
      assert.deepEqual(ours, [...text.matchAll(pattern)].map((m) => [m.index, ...m]));
      assert.equal(pattern.lastIndex, 0, 'the shared pattern is left ready for its next use');
    });
  }

  it('refuses a pattern without the global flag, which would match the same place for ever', () => {
    assert.throws(() => matchesIn('abc', /b/), /global/);
  });
});
