// A GB18030 report opened as UTF-8 is told from a UTF-8 report with a few broken characters.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { looksMisdecoded } from '../../server/src/core/features/misdecoded';
import { nameSaysReport } from '../../server/src/core/features/reportName';
import { corpusText } from '../corpus';

const HOSTILE = path.resolve(__dirname, '../fixtures/hostile');
/** A file's bytes as an editor shows them when it assumes UTF-8. */
const asUtf8 = (name: string) => readFileSync(path.join(HOSTILE, name)).toString('utf8');

describe('looksMisdecoded', () => {
  it('a GB18030 report read as UTF-8 is misdecoded', () => {
    assert.equal(looksMisdecoded(asUtf8('gb18030.txt')), true);
  });

  it('a UTF-8 report with a few invalid bytes is not', () => {
    assert.equal(looksMisdecoded(asUtf8('invalid-utf8.txt')), false);
  });

  it('a well-formed report is not, nor is an empty file', () => {
    assert.equal(looksMisdecoded(corpusText('000')), false);
    assert.equal(looksMisdecoded(''), false);
  });
});

describe('nameSaysReport', () => {
  it('names with 报告, 年报 or report say so', () => {
    for (const name of ['/a/2024年政府信息公开工作年度报告.txt', '/a/年报草稿.md', '/a/Annual-Report.txt', '/a/x.govreport.txt']) {
      assert.equal(nameSaysReport(name), true, name);
    }
  });

  it('other names, and a folder named report, do not', () => {
    for (const name of ['/a/notes.txt', '/reports/会议纪要.md']) assert.equal(nameSaysReport(name), false, name);
  });
});
