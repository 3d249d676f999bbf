import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeReport } from '../../server/src/core/features/detect';
import { CORPUS_FILES, corpusText } from '../corpus';

test('every corpus draft looks like a report', () => {
  for (const file of CORPUS_FILES) assert.ok(looksLikeReport(corpusText(file.slice(0, 3))), file);
});

test('a title split over two lines is recognised', () => {
  assert.ok(looksLikeReport('\n西青开发区2019年政府信息公开工作\n\n年度报告\n\n正文。'));
});

test('a Markdown title is recognised', () => {
  assert.ok(looksLikeReport('# 某某区2022年政府信息公开工作年度报告\r\n\r\n正文。'));
});

test('most of the six section headings are enough without a title', () => {
  const body = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况'];
  assert.ok(looksLikeReport(['（草稿）', ...body].join('\n')));
  assert.ok(!looksLikeReport(['（草稿）', ...body.slice(0, 3)].join('\n')));
});

test('a report on one line (a web page saved as text) is recognised by its inline headings', () => {
  const body = '一、总体情况今年…二、主动公开政府信息情况 …三、收到和处理政府信息公开申请情况…四、政府信息公开行政复议、行政诉讼情况…';
  assert.ok(looksLikeReport(`# source: a web page\n${'说明文字。'.repeat(30)}${body}`));
  assert.ok(!looksLikeReport(`${'说明文字。'.repeat(30)}一、总体情况今年…二、主动公开政府信息情况…`));
});

test('ordinary text is not a report', () => {
  assert.ok(!looksLikeReport(''));
  assert.ok(!looksLikeReport('# README\n\nHow to build the project.\n'));
  assert.ok(!looksLikeReport('一、会议纪要\n二、下一步工作\n'));
});

test('a report mentioned in the prose is not a title', () => {
  const prose = '根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开年度报告有关事项的通知》要求，现将有关工作安排如下，请各单位认真贯彻落实。';
  assert.ok(!looksLikeReport(`关于做好年度工作的通知\n${prose}\n`));
});

test('only the first 64 KB are read, so a 10 MB document costs no more than a small one', () => {
  const report = corpusText('000');
  assert.ok(looksLikeReport(report));
  // The same report after 64 KB of other text is not seen: nothing past the prefix is read.
  assert.ok(!looksLikeReport(`${'这是一行很长的正文。\n'.repeat(7_000)}${report}`));
  const tenMegabytes = report + '这是一行很长的正文。'.repeat(1_000_000);
  assert.ok(looksLikeReport(tenMegabytes));
  assert.ok(!looksLikeReport('一、\n'.repeat(3_500_000)));
});
