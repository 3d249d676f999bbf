import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkText, type Finding, type Layout, type Position, type Range } from '../../server/src/core/index';
import { cpuMs } from '../support/cpuTime';
import { featureProblems, fixAllProblems, fixProblems, rangeProblems } from '../support/invariants';
import { anyDraft, balancedSpec, defacedSpec, unbalancedSpec } from '../support/reportArbitraries';
import { applyFix } from '../support/findings';
import { renderReport, REVIEW_GROUP_WIDTH, withLineEndings, type GeneratedCell, type GeneratedReport, type LineEnding } from '../support/reportGenerator';

/**
 * Properties of the checker over generated reports. A fixed seed keeps the
 * unit run repeatable and short; `npm run fuzz` sets FUZZ_RUNS (and FUZZ_SEED)
 * for long runs. A counterexample found there goes into
 * test/fixtures/regressions/, which the last test replays.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20240601);
const runs = (unitRuns: number) => ({ seed: SEED, numRuns: Number(process.env.FUZZ_RUNS) || unitRuns });

const REGRESSIONS = path.resolve(__dirname, '../fixtures/regressions');
/** Rules whose findings sit on one number cell of a table. */
const CELL_RULES = new Set(['wrong-cell', 'row-total', 'result-total', 'review-total', 'column-balance', 'blank-cell', 'malformed-number', 'item-change']);

const isProblem = (f: Finding) => f.severity === 'error' || f.severity === 'warning';
const describeFinding = (f: Finding) => `${f.rule} @${f.range.start.line}:${f.range.start.character} ${f.message}`;

const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;
const sameRange = (a: Range, b: Range) => samePosition(a.start, b.start) && samePosition(a.end, b.end);
const contains = (outer: Range, inner: Range) =>
  outer.start.line === inner.start.line &&
  outer.end.line === inner.end.line &&
  outer.start.character <= inner.start.character &&
  inner.end.character <= outer.end.character;

/**
 * A finding is about a cell when it underlines the cell's very text, or its fix
 * rewrites exactly that text. Empty cells side by side share the separator
 * that marks them, so for those only the fix tells which cell is meant.
 */
function isAbout(f: Finding, c: GeneratedCell): boolean {
  return sameRange(f.range, c.range) || f.fixes.some((x) => x.edits.some((e) => sameRange(e.range, c.range)));
}

/** The generated cell a finding is about, else an empty cell its mark covers. */
function cellOf(report: GeneratedReport, f: Finding): GeneratedCell | undefined {
  return report.cells.find((c) => isAbout(f, c)) ?? report.cells.find((c) => c.text === '' && contains(f.range, c.range));
}

describe('properties of the checker on generated reports', () => {
  it('never throws, and every range of every finding, fix, outline entry and fold lies inside the document', () => {
    fc.assert(
      fc.property(anyDraft, (text) => {
        const { report, findings } = checkText(text);
        assert.deepEqual([...rangeProblems(text, findings), ...featureProblems(report)], []);
      }),
      runs(400),
    );
  });

  it('a balanced report has no error or warning, in every layout, version and line ending, with or without BOM', () => {
    const eol = fc.constantFrom<LineEnding>('\n', '\r\n', '\r', 'mixed');
    fc.assert(
      fc.property(balancedSpec, eol, fc.boolean(), (spec, eol, bom) => {
        const text = (bom ? '\uFEFF' : '') + withLineEndings(renderReport(spec).text, eol);
        assert.deepEqual(checkText(text).findings.filter(isProblem).map(describeFinding), []);
      }),
      runs(200),
    );
  });

  for (const layout of ['cells', 'rows', 'pipes', 'spaced'] as const) {
    it(`one number changed in 表三 (${layout}): one error, wrong-cell at that cell, naming it as written; its fix balances the report`, () => {
      fc.assert(
        fc.property(changedCell(3, layout), ({ spec, index }) => {
          const report = renderReport(spec);
          const changed = report.cells.find((c) => c.table === 3 && c.index === index)!;
          const problems = checkText(report.text).findings.filter(isProblem);
          assert.deepEqual(problems.map((f) => f.rule), ['wrong-cell'], problems.map(describeFinding).join('\n'));
          const [finding] = problems;
          assert.ok(sameRange(finding.range, changed.range), `${describeFinding(finding)} is not at 表三 cell ${index}`);
          assert.ok(finding.message.includes(changed.text), finding.message);
          const fixed = applyFix(report.text, finding.fixes[0]);
          assert.deepEqual(checkText(fixed).findings.filter(isProblem).map(describeFinding), []);
        }),
        runs(150),
      );
    });

    it(`one number changed in 表四 (${layout}): one error, review-total at its group’s 总计`, () => {
      fc.assert(
        fc.property(changedCell(4, layout), ({ spec, index }) => {
          const report = renderReport(spec);
          const groupTotal = Math.floor(index / REVIEW_GROUP_WIDTH) * REVIEW_GROUP_WIDTH + REVIEW_GROUP_WIDTH - 1;
          const total = report.cells.find((c) => c.table === 4 && c.index === groupTotal)!;
          const problems = checkText(report.text).findings.filter(isProblem);
          assert.deepEqual(problems.map((f) => f.rule), ['review-total'], problems.map(describeFinding).join('\n'));
          assert.ok(sameRange(problems[0].range, total.range), `${describeFinding(problems[0])} is not at the group’s 总计`);
        }),
        runs(50),
      );
    });
  }

  it('a blank, full-width, `/` or otherwise malformed cell is reported at that cell', () => {
    fc.assert(
      fc.property(defacedSpec, ({ balanced, spec }) => {
        const report = renderReport(spec);
        const findings = checkText(report.text).findings.filter((f) => f.rule === 'blank-cell' || f.rule === 'malformed-number');
        const defaced = report.cells.filter((c) => c.text !== balanced.cells[c.table][c.index]);
        const unreported = defaced.filter((c) => !findings.some((f) => isAbout(f, c)));
        assert.deepEqual(unreported.map((c) => `表${c.table} cell ${c.index} “${c.text}”`), []);
      }),
      runs(300),
    );
  });

  it('a finding about a cell lies on that cell’s text', () => {
    const report = fc.oneof(defacedSpec.map((d) => d.spec), unbalancedSpec.map((u) => u.spec)).map(renderReport);
    fc.assert(
      fc.property(report, (report) => {
        const tableLines = new Set(report.cells.map((c) => c.range.start.line));
        const cellFindings = checkText(report.text).findings.filter((f) => CELL_RULES.has(f.rule) && tableLines.has(f.range.start.line));
        assert.deepEqual(cellFindings.filter((f) => !cellOf(report, f)).map(describeFinding), []);
      }),
      runs(300),
    );
  });

  it('every fix removes its finding, changes nothing outside its edits, and is not offered again', () => {
    const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(anyDraft, picks, (text, picks) => {
        const { findings } = checkText(text);
        const offered = findings.flatMap((finding) => finding.fixes.map((fix) => ({ finding, fix })));
        if (!offered.length) return;
        const chosen = [...new Set(picks.map((p) => p % offered.length))].map((i) => offered[i]);
        assert.deepEqual(chosen.flatMap(({ finding, fix }) => fixProblems(text, findings, finding, fix)), []);
      }),
      runs(200),
    );
  });

  it('fix-all converges in one pass: afterwards no finding has a safe fix', () => {
    fc.assert(
      fc.property(anyDraft, (text) => {
        assert.deepEqual(fixAllProblems(text, checkText(text).findings), []);
      }),
      runs(300),
    );
  });
});

describe('regression fixtures (test/fixtures/regressions)', () => {
  for (const name of readdirSync(REGRESSIONS)) {
    it(name, () => {
      const text = readFileSync(path.join(REGRESSIONS, name), 'utf8');
      let result!: ReturnType<typeof checkText>;
      const ms = cpuMs(() => {
        result = checkText(text);
        assert.deepEqual(featureProblems(result.report), []);
      });
      // Some of these once took seconds (a regular expression retried at every blank of a long line).
      assert.ok(ms < 1000, `checking took ${ms.toFixed(0)} ms of CPU`);
      const { findings } = result;
      assert.deepEqual(rangeProblems(text, findings), []);
      assert.deepEqual(findings.flatMap((finding) => finding.fixes.flatMap((fix) => fixProblems(text, findings, finding, fix))), []);
      assert.deepEqual(fixAllProblems(text, findings), []);
    });
  }
});

/** A balanced report in the layout with one number of the table changed; `index` is the changed cell. */
function changedCell(table: 3 | 4, layout: Layout) {
  return unbalancedSpec.filter((u) => u.table === table).map((u) => ({ spec: { ...u.spec, layout }, index: u.index }));
}
