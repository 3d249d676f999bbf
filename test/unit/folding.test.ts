import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldingRanges } from '../../server/src/core/features/folding';
import { parseReport } from '../../server/src/core/parse/parseReport';
import { corpusText } from '../corpus';

test('000: every section folds to its last non-blank line, every table over its rows', () => {
  const report = parseReport(corpusText('000'));
  const { lines } = report.lines;
  const ranges = foldingRanges(report);
  const sectionStarts = report.sections.map((s) => s.startLine);
  assert.deepEqual(
    ranges.filter((r) => sectionStarts.includes(r.startLine)).map((r) => r.startLine),
    sectionStarts,
  );
  const tableFirstLines = ranges.filter((r) => !sectionStarts.includes(r.startLine)).map((r) => lines[r.startLine].trim());
  assert.equal(tableFirstLines.length, 3);
  assert.equal(tableFirstLines[0], '第二十条第（一）项');
  assert.match(tableFirstLines[1], /勾稽关系/);
  assert.equal(tableFirstLines[2], '行政复议');
  for (const r of ranges) {
    assert.ok(r.endLine > r.startLine);
    assert.notEqual(lines[r.endLine].trim(), '', `range ${r.startLine}-${r.endLine} ends on text`);
  }
  assert.ok(ranges.every((r, i) => i === 0 || ranges[i - 1].startLine <= r.startLine), 'in document order');
});

test('002: an empty section 六 (a heading alone) does not fold', () => {
  const report = parseReport(corpusText('002'));
  const six = report.sections.find((s) => s.id === 6);
  assert.ok(six);
  assert.ok(!foldingRanges(report).some((r) => r.startLine === six.startLine));
});

test('004: a table that is only a picture does not fold', () => {
  const report = parseReport(corpusText('004'));
  const imageLines = report.sections.flatMap((s) => s.images.map((r) => r.start.line));
  assert.ok(imageLines.length > 0);
  assert.ok(!foldingRanges(report).some((r) => imageLines.includes(r.startLine)));
});
