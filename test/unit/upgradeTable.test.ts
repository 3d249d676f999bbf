import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseReport } from '../../server/src/core/index';
import { applyFix, checkFix, findings, fixtureText } from '../support/findings';

/** A balanced 2019-format report, retitled to 2022: both its tables are last year's format. */
function reportOn2022(fixture: string): string {
  const text = fixtureText(`balanced/${fixture}`)
    .replace('2020年政府信息公开工作年度报告', '2022年政府信息公开工作年度报告')
    // Its prose tells of the year too (prose-year).
    .replace('2020年，本区', '2022年，本区');
  // The 2021 format asks section 六 for the 信息处理费; this draft's 六 says only 无.
  return text.replace(/(六、其他需要报告的事项\r?\n)无。/, '$1本年度未收取信息处理费。');
}

const upgrades = (text: string) => findings(text).filter((f) => f.rule === 'format-version' && f.fixes.length);

describe('upgrading a 2019-format table to the 2021 format', () => {
  for (const fixture of ['2019-cells.txt', '2019-rows.txt', '2019-pipes.md', '2019-spaced.txt']) {
    it(`${fixture}: one fix per table; applied, each removes its fault and adds only blank cells to fill`, () => {
      const original = reportOn2022(fixture);
      assert.equal(upgrades(original).length, 2);
      let text = original;
      for (const table of ['表三', '表二']) {
        // Each fix on its own, on the original; then one after the other.
        const finding = upgrades(original).find((f) => f.message.startsWith(table))!;
        assert.ok(finding, `${table} has no upgrade`);
        checkFix(original, finding, finding.fixes[0], ['blank-cell']);
        text = applyFix(text, upgrades(text).find((f) => f.message.startsWith(table))!.fixes[0]);
      }
      const after = findings(text);
      assert.deepEqual([...new Set(after.map((f) => f.rule))], ['blank-cell']);
      const report = parseReport(text);
      assert.equal(report.format, '2021');
      // 表三 keeps （六）其他处理's numbers as 3.其他; items 1 and 2 are new and blank.
      const rows = report.applications!.rows;
      assert.deepEqual(rows.find((r) => r.def.key === 'otherHandlingOther')!.values.map((c) => c.text), ['0', '0', '0', '0', '0', '0', '0']);
      assert.ok(rows.find((r) => r.def.key === 'overdueFee')!.values.every((c) => c.value.kind === 'blank'));
      // 表二 keeps 处理决定数量 as 本年处理决定数量.
      const permits = report.disclosure!.groups.flatMap((g) => g.rows).find((r) => r.name === '行政许可')!;
      assert.deepEqual(permits.values.map((c) => c.text), ['15']);
    });
  }

  it('hongze-qzf-2024 (PDF text): the 2019 row （六）其他处理 becomes 3.其他, two blank rows before it', () => {
    const text = readFileSync(path.resolve(__dirname, '../../samples/published/hongze-qzf-2024.txt'), 'utf8');
    const [finding] = upgrades(text);
    assert.match(finding.message, /^表三/);
    const fixed = applyFix(text, finding.fixes[0]);
    const after = findings(fixed).filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual([...new Set(after.map((f) => f.rule))], ['blank-cell']);
    assert.equal(after.length, 14);
  });
});
