import type { CellValue, NumberProblem } from '../model/report';

const PLAIN_COUNT = /^\d{1,15}$/;
const FULL_WIDTH_DIGIT = /[０-９]/g;
const NOT_APPLICABLE = /^(?:[/／\\]|[—–\-－_]+|无|空|不适用|N\/?A)$/i;
/** Units a drafter may write after a number in a cell. */
const UNIT = /(万元|亿元|千元|元|万|亿|件|条|个|项|次|人次|起|份)$/;
const CHANGE_WORD = /^(增加|减少|新增|增|减|[+＋\-－])/;
const ANY_DIGIT = /[0-9０-９]/;

// Values without a number are the same for every cell: share them rather than allocate one per cell.
const BLANK: CellValue = Object.freeze({ kind: 'blank' });
const TEXT: CellValue = Object.freeze({ kind: 'text' });
const NOT_APPLICABLE_VALUE: CellValue = Object.freeze({ kind: 'not-applicable' });
const NO_PROBLEMS: readonly NumberProblem[] = Object.freeze([]);

/**
 * Plain counts, shared: a table holds a few hundred cells but few distinct
 * numbers, and values are never changed. Bounded so a huge file cannot grow it without end.
 */
const PLAIN_COUNTS = new Map<string, CellValue>();
const PLAIN_COUNTS_MAX = 4096;

function plainCount(text: string): CellValue {
  let value = PLAIN_COUNTS.get(text);
  if (!value) {
    value = Object.freeze({ kind: 'number', value: Number(text), clean: text, problems: NO_PROBLEMS });
    if (PLAIN_COUNTS.size < PLAIN_COUNTS_MAX) PLAIN_COUNTS.set(text, value);
  }
  return value;
}

/**
 * Reads a cell's text (already trimmed of half-width padding) as a value,
 * remembering every way its writing departs from a clean half-width number.
 */
export function parseCellValue(text: string): CellValue {
  // Most cells are a plain count or a label: answer those without the checks below.
  if (PLAIN_COUNT.test(text)) return plainCount(text);
  if (/^[\s\u3000\uFEFF]*$/.test(text)) return BLANK;
  if (!ANY_DIGIT.test(text)) return NOT_APPLICABLE.test(text.trim()) ? NOT_APPLICABLE_VALUE : TEXT;
  const problems: NumberProblem[] = [];
  let s = text;
  if (/\u3000/.test(s)) problems.push('full-width-space');
  // trim(), not /\s+$/: that is quadratic on a long cell with blanks inside.
  s = s.trim();
  if (NOT_APPLICABLE.test(s)) return NOT_APPLICABLE_VALUE;
  if (/[０-９．，]/.test(s)) {
    if (/[０-９]/.test(s)) problems.push('full-width-digit');
    s = s.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
  }
  let unit: string | undefined;
  const unitMatch = UNIT.exec(s);
  if (unitMatch) {
    unit = unitMatch[1];
    s = s.slice(0, unitMatch.index).trimEnd();
  }
  const changeMatch = CHANGE_WORD.exec(s);
  const prefix = changeMatch ? changeMatch[1] : '';
  let digits = s.slice(prefix.length).replace(/^[\s\u3000]+/, '');
  if (/\d[\s\u3000]+[\d.]|\.[\s\u3000]+\d/.test(digits)) {
    problems.push('inner-space');
    digits = digits.replace(/[\s\u3000]+/g, '');
  }
  if (/^\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(digits)) {
    problems.push('thousands-separator');
    digits = digits.replace(/[,，]/g, '');
  }
  if (!/^\d+(\.\d+)?$/.test(digits)) return TEXT;
  const negative = /^(减少|减|-|－)$/.test(prefix);
  const value = Number(digits) * (negative ? -1 : 1);
  const cleanPrefix = prefix === '＋' ? '+' : prefix === '－' ? '-' : prefix;
  return { kind: 'number', value, clean: cleanPrefix + digits, unit, problems: [...new Set(problems)] };
}
