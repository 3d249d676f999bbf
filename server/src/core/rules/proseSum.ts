import { t } from '../l10n';
import type { Range } from '../text/position';
import type { Rule } from './rule';
import { formatNumber, round } from '../tables/numbers';
import { matchesIn } from '../text/matches';

const MEASURE_WORD = '(条|件|个|项|次|篇|起|期|场)';
/** A count in prose: digits and a measure word (`3997条`, `5338 条`). */
const COUNT = new RegExp(`(\\d+(?:\\.\\d+)?)[ \\u3000]?${MEASURE_WORD}`, 'g');
const SENTENCE_END = /[。！？；]/;

interface Count {
  value: number;
  unit: string;
  range: Range;
}

/**
 * A bracket right after a count (`197条（政府预决算32条、部门预决算公开165条）`): a breakdown of that count.
 * The count is looked behind from the bracket: a pattern that opens with a lookbehind is tried at every character.
 */
const BREAKDOWN = new RegExp(`[（(](?<=\\d[ \\u3000]?${MEASURE_WORD}[（(])[^（）()]*[）)]`, 'g');

function countsIn(text: string, line: number, from: number, to: number): Count[] {
  const out: Count[] = [];
  for (const m of matchesIn(text.slice(from, to), COUNT)) {
    const start = from + m.index;
    out.push({ value: Number(m[1]), unit: m[2], range: { start: { line, character: start }, end: { line, character: start + m[1].length } } });
  }
  return out;
}

/** The counts of a `其中` list, without those in the breakdown of one of them. */
function partsIn(text: string, line: number, from: number, to: number): Count[] {
  const breakdowns = matchesIn(text.slice(from, to), BREAKDOWN).map((m) => [from + m.index, from + m.index + m[0].length]);
  return countsIn(text, line, from, to).filter((c) => !breakdowns.some(([s, e]) => s <= c.range.start.character && c.range.start.character < e));
}

/**
 * `发布信息19735条，其中政务网3997条，微博6351条…`: the parts of a `其中` list
 * need not be exhaustive, so parts adding up to less than the total are fine;
 * more than the total is a fault. Counts in brackets right after a part break
 * that part down and are no parts of the list.
 */
export const proseSum: Rule = {
  id: 'prose-sum',
  title: { zh: '正文分项之和超过总数', en: 'Prose parts exceed total' },
  defaultSeverity: 'warning',
  fix: 'none',
  description: {
    zh: '正文中“共……N条，其中……a条，……b条”的各项之和不应超过总数。“其中”所列不必穷尽，因此各项之和小于总数不算错误，大于总数则说明数字有误。',
    en: 'In prose such as `发布信息N条，其中…a条，…b条`, the parts listed after 其中 must not add up to more than the total. The list need not be exhaustive, so parts adding up to less are fine; more means a number is wrong.',
  },
  check(ctx) {
    const { lines } = ctx.report;
    for (const line of ctx.report.proseLines) {
      const text = lines.lines[line];
      for (let k = text.indexOf('其中'); k >= 0; k = text.indexOf('其中', k + 2)) {
        // The total is the last count before 其中, in its sentence or, when 其中 opens a sentence, the one before.
        let sentenceStart = k;
        while (sentenceStart > 0 && !SENTENCE_END.test(text[sentenceStart - 1])) sentenceStart--;
        if (sentenceStart === k || /^[\s，,：:]*$/.test(text.slice(sentenceStart, k))) {
          sentenceStart = Math.max(0, sentenceStart - 1);
          while (sentenceStart > 0 && !SENTENCE_END.test(text[sentenceStart - 1])) sentenceStart--;
        }
        const total = countsIn(text, line, sentenceStart, k).pop();
        if (!total) continue;
        const end = text.slice(k).search(SENTENCE_END);
        const parts = partsIn(text, line, k, end < 0 ? text.length : k + end).filter((c) => c.unit === total.unit);
        if (parts.length < 2) continue;
        const sum = round(parts.reduce((s, c) => s + c.value, 0));
        if (sum <= total.value) continue;
        ctx.add({
          range: total.range,
          message: t(
            'The parts listed after 其中 add up to {0} = {1}, more than the total {2}',
            parts.map((c) => formatNumber(c.value)).join(' + '),
            t('{0} (computed)', `${formatNumber(sum)}${total.unit}`),
            `${formatNumber(total.value)}${total.unit}`,
          ),
          related: parts.map((c) => ({ range: c.range, message: `${formatNumber(c.value)}${c.unit}` })),
        });
      }
    }
  },
};
