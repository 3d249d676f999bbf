import { t } from '../l10n';
import type { NumberProblem } from '../model/report';
import type { Range } from '../text/position';
import type { Fix } from '../fixes/textEdit';
import type { Rule, RuleContext } from './rule';
import { formatNumber } from '../tables/numbers';
import type { ValueCell } from '../tables/valueCells';
import { matchesIn } from '../text/matches';

const PROBLEM_TEXT: Record<NumberProblem, () => string> = {
  'full-width-digit': () => t('full-width digits'),
  'full-width-space': () => t('a full-width space'),
  'inner-space': () => t('a space inside the number'),
  'thousands-separator': () => t('thousands separators'),
};

/** How many of the column's unit one of `unit` is worth. */
const UNIT_SCALE: Record<string, number> = { 元: 1, 千元: 1e3, 万: 1e4, 万元: 1e4, 亿: 1e8, 亿元: 1e8 };
const MULTIPLIERS = new Set(['千元', '万', '万元', '亿', '亿元']);

/** Prose: `31 .3万人次` (a number split around its decimal point) and full-width digits. */
const PROSE_SPLIT_NUMBER = /\d+(?:[ \u3000]+[.．][ \u3000]*|[.．][ \u3000]+)\d+/g;
const PROSE_FULL_WIDTH = /[０-９]+(?:[.．][０-９]+)?/g;

export const malformedNumber: Rule = {
  id: 'malformed-number',
  title: { zh: '数字格式不规范', en: 'Malformed number' },
  defaultSeverity: 'error',
  fix: 'safe',
  description: {
    zh: '数字应为半角阿拉伯数字，中间不留空格：全角数字（１２）、数字中的空格（31 .3）、单元格中的全角空格（　　0）、千位分隔符（1,234）都不规范；表格单元格不应带单位，列标题已注明单位的（万元）更不能另写单位（2500 万）。快速修复会改写为规范数字，数值不变。',
    en: 'Numbers are half-width digits with nothing inside: full-width digits (１２), a space inside a number (31 .3), full-width spaces in a cell (　　0) and thousands separators (1,234) are malformed. A table cell carries no unit, least of all one that differs from the unit its header states (2500 万 in a 万元 column). The fix rewrites the number without changing its value.',
  },
  check(ctx) {
    for (const v of ctx.math.cells) checkCell(ctx, v);
    for (const line of ctx.report.proseLines) checkProse(ctx, line);
  },
};

function checkCell(ctx: RuleContext, { cell, table, column }: ValueCell): void {
  const v = cell.value;
  if (v.kind === 'text') {
    ctx.add({ range: cell.range, message: t('“{0}” is not a number', cell.text) });
    return;
  }
  if (v.kind !== 'number' || (v.problems.length === 0 && !v.unit)) return;
  const reasons = v.problems.map((p) => PROBLEM_TEXT[p]());
  let fixed = v.clean;
  let safe = true;
  if (v.unit) {
    const columnUnit = table === 2 ? column?.unit : undefined;
    const isMoneyColumn = table === 2 && column?.kind === 'money';
    if (columnUnit) {
      // The header states the unit: convert to it and drop the cell's own.
      reasons.push(t('the unit “{0}” in a column in {1}', v.unit, columnUnit));
      const scale = (UNIT_SCALE[v.unit] ?? NaN) / (UNIT_SCALE[columnUnit] ?? NaN);
      fixed = Number.isFinite(scale) ? formatNumber(v.value * scale) : fixed;
      safe = scale === 1;
    } else if (MULTIPLIERS.has(v.unit)) {
      // `2500 万` in a column of plain numbers: the cell reads 2500, the draft means 25,000,000.
      reasons.push(t('the unit “{0}” in a table cell', v.unit));
      fixed = formatNumber(v.value * UNIT_SCALE[v.unit]);
      safe = false;
    } else if (!isMoneyColumn) {
      reasons.push(t('the unit “{0}” in a table cell', v.unit));
    } else {
      fixed = v.clean + v.unit;
    }
  }
  if (!reasons.length) return;
  ctx.add({
    range: cell.range,
    message: t('“{0}” is not a well-formed number: {1}', cell.text, reasons.join(t(', '))),
    fixes: [normalizeFix(cell.range, fixed, safe)],
  });
}

/** What is wrong with a number each prose pattern finds; the reason is worded only for a match. */
const PROSE_PROBLEMS = [
  [PROSE_SPLIT_NUMBER, 'inner-space'],
  [PROSE_FULL_WIDTH, 'full-width-digit'],
] as const;

function checkProse(ctx: RuleContext, line: number): void {
  const text = ctx.report.lines.lines[line];
  for (const [pattern, problem] of PROSE_PROBLEMS) {
    for (const m of matchesIn(text, pattern)) {
      const reason = PROBLEM_TEXT[problem]();
      const written = m[0];
      const fixed = written
        .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
        .replace(/[ \u3000]/g, '')
        .replace(/．/g, '.');
      const range = { start: { line, character: m.index }, end: { line, character: m.index + written.length } };
      ctx.add({
        range,
        message: t('“{0}” is not a well-formed number: {1}', written, reason),
        fixes: [normalizeFix(range, fixed, true)],
      });
    }
  }
}

function normalizeFix(range: Range, newText: string, safe: boolean): Fix {
  return { title: t('Write it as {0}', newText), edits: [{ range, newText }], safe };
}
