import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentLanguage, t, useLanguage } from '../../server/src/core/index';

describe('messages', () => {
  it('translates to Chinese and fills placeholders in any order, each as often as written', () => {
    const was = currentLanguage();
    try {
      useLanguage('zh-cn');
      assert.equal(t('{0}: blank cell; write {1}', '（一）予以公开 · 总计', '0'), '（一）予以公开 · 总计：空白单元格，应填 0');
      assert.equal(t('Fill with {0}', 27), '填入 27');
      useLanguage('en');
      assert.equal(t('{0}: blank cell; write {1}', 'A', 'B'), 'A: blank cell; write B');
      assert.equal(t('{1} and {0} and {1}', 'x', 'y'), 'y and x and y');
      // A placeholder without its argument stays as written; a message without arguments is returned as is.
      assert.equal(t('{0} and {1}', 'x'), 'x and {1}');
      assert.equal(t('no {0} here'), 'no {0} here');
    } finally {
      useLanguage(was);
    }
  });
});
