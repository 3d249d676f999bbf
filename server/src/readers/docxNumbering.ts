/** Word's automatic numbering (numbering.xml): the `一、` or `（一）` Word puts before a numbered paragraph. */

/** A numbering level: how its number is written (`numFmt`), its text (`%1、`) and where it starts. */
export interface NumberingLevel {
  format: string;
  text: string;
  start: number;
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (a report's headings go no further). */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  return String(n);
}

function formatNumber(n: number, format: string): string {
  if (/^(chinese|ideograph|japaneseCounting|taiwaneseCounting)/.test(format)) return chineseNumber(n);
  if (format === 'lowerLetter') return String.fromCharCode(96 + ((n - 1) % 26) + 1);
  if (format === 'upperLetter') return String.fromCharCode(64 + ((n - 1) % 26) + 1);
  if (format === 'none' || format === 'bullet') return '';
  return String(n);
}

/** Counts numbered paragraphs as Word does: each list (numId) its own counters; a level going on resets the levels below it. */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly levels: (numId: string) => NumberingLevel[] | undefined) {}

  /** The label of the next paragraph of list `numId` at level `level` (0-based), or '' if the list is unknown. */
  next(numId: string, level: number): string {
    const levels = this.levels(numId);
    if (!levels?.[level]) return '';
    const counts = this.counters.get(numId) ?? levels.map((l) => l.start - 1);
    counts[level]++;
    for (let i = level + 1; i < counts.length; i++) counts[i] = levels[i].start - 1;
    this.counters.set(numId, counts);
    if (levels[level].format === 'bullet') return '';
    return levels[level].text.replace(/%(\d)/g, (_, k: string) => formatNumber(counts[Number(k) - 1] ?? 0, levels[Number(k) - 1]?.format ?? 'decimal'));
  }
}
