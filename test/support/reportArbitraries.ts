import fc from 'fast-check';
import { FORMAT_VERSIONS, renderTableTemplate, type Layout } from '../../server/src/core/index';
import { CORPUS_FILES, corpusText } from '../corpus';
import {
  balancedCells,
  DEFACEMENTS,
  defaceCells,
  editLines,
  renderReport,
  unbalance,
  versionOf,
  withLineEndings,
  type LineEnding,
  type ReportSpec,
  type TableNumber,
} from './reportGenerator';

/** fast-check generators of reports, built on `reportGenerator`. */

const layout = fc.constantFrom<Layout>('cells', 'rows', 'pipes', 'spaced');
/** 2019–2020 reports use the 2019 format, 2021 on the 2021 format. */
const year = fc.integer({ min: 2019, max: 2026 });

/** A source of small numbers that shrinks towards all zeros. */
const numbers = fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 64 });

function cycle(values: readonly number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length];
}

/** A report in which every identity of FORMAT.md holds. */
export const balancedSpec: fc.Arbitrary<ReportSpec> = fc
  .record({ year, layout, numbers, headingStyle: fc.nat({ max: 5 }) })
  .map(({ numbers, ...spec }) => ({ ...spec, cells: balancedCells(versionOf(spec), cycle(numbers)) }));

/** A balanced report with one number of 表三 or 表四 increased: the fault a sum rule must find. */
export const unbalancedSpec = balancedSpec.chain((spec) =>
  fc
    .record({ table: fc.constantFrom<3 | 4>(3, 4), index: fc.nat(), delta: fc.integer({ min: 1, max: 50 }) })
    .map(({ table, index, delta }) => {
      const cell = index % spec.cells[table].length;
      return { spec: unbalance(spec, table, cell, delta), table, index: cell };
    }),
);

const fault = fc.record({
  table: fc.constantFrom<TableNumber>(2, 3, 4),
  index: fc.nat(),
  how: fc.constantFrom(...DEFACEMENTS),
});

/** A balanced report with some cells blank, full-width, `/`, or otherwise malformed; the cells that differ from `balanced` are the faults. */
export const defacedSpec = fc
  // Not layout E: there a blank cell vanishes between the spaces, and the row is a cell short.
  .record({ balanced: balancedSpec.filter((s) => s.layout !== 'spaced'), faults: fc.array(fault, { minLength: 1, maxLength: 12 }) })
  .map(({ balanced, faults }) => ({ balanced, spec: defaceCells(balanced, faults) }));

const lineEdit = fc.record({ kind: fc.constantFrom<'delete' | 'duplicate'>('delete', 'duplicate'), at: fc.nat() });
const lineEnding = fc.constantFrom<LineEnding>('\n', '\r\n', '\r', 'mixed');

/**
 * Anything a damaged draft may be: defaced cells, lines deleted or duplicated
 * (a heading twice, half a table), any line endings, with or without a BOM.
 */
const messyReport: fc.Arbitrary<string> = fc
  .record({
    spec: fc.oneof(balancedSpec, defacedSpec.map((d) => d.spec)),
    edits: fc.array(lineEdit, { maxLength: 20 }),
    eol: lineEnding,
    bom: fc.boolean(),
  })
  .map(({ spec, edits, eol, bom }) => (bom ? '\uFEFF' : '') + withLineEndings(editLines(renderReport(spec).text, edits), eol));

/** Lines that trip parsers: separators alone, half headings, export noise, odd digits and blanks. */
const ODD_LINES = [
  '', '\t', '\t\t', '|', '||', '| --- |', '| 0 |', ' | 0 | ', '[image: ]', '![](table.png)', '[bookmark: _GoBack]',
  '[bookmark: _GoBack]二、主动公开政府信息情况', '一、', '七、其他事项', '（二）', '（十一）', '1.', '99.', '十、总体情况',
  '１２３', '31 .3万人次', '　', '\uFEFF', '\u0000', '\t０', '\t1,234', '\t—', '第二十条第（九）项', '信息内容', '\t总计',
];

const allLines = (text: string) => text.split(/\r\n|\r|\n/);
const TEMPLATE_LINES = FORMAT_VERSIONS.flatMap((v) =>
  ([2, 3, 4] as const).flatMap((table) => (['cells', 'rows', 'pipes', 'spaced'] as const).flatMap((l) => allLines(renderTableTemplate(table, v, l)))),
);
const CORPUS_LINES = CORPUS_FILES.flatMap((f) => allLines(corpusText(f.slice(0, 3))));

/**
 * A patchwork of lines from the corpus, the table templates and the odd lines
 * above, in any order: headings without sections, rows without tables, tables
 * cut in half, the things no careful generator would write.
 */
const patchwork: fc.Arbitrary<string> = fc
  .record({
    lines: fc.array(fc.oneof(fc.constantFrom(...CORPUS_LINES), fc.constantFrom(...TEMPLATE_LINES), fc.constantFrom(...ODD_LINES)), { maxLength: 120 }),
    eol: lineEnding,
  })
  .map(({ lines, eol }) => withLineEndings(lines.join('\n'), eol));

/** Any draft, damaged or made up. */
export const anyDraft = fc.oneof(messyReport, patchwork);
