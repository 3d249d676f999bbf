import { chineseNumeralValue, SECTIONS, type SectionId } from '../../model/schema';
import type { HeadingMatch } from '../headings';

/** `三、` mid-line, in the numbered form only: running text lists sections without numbers (`包括总体情况、主动公开…`). */
const NUMBERED = /([一二三四五六])[\s\u3000]*、[\s\u3000]*/g;
/**
 * The words a heading can be made of: it ends where a digit, a blank or a
 * sentence mark starts the body (`一、总体情况2019年，…`, `二、主动公开政府信息情况 第二十条…`).
 */
const HEADING_WORDS = /[\u4e00-\u9fa5、（）()“”]{0,48}/y;
/** A heading runs on to the word that closes it (`…行政诉讼情况`), else it ends with its key word. */
const CLOSING_WORD = /情况|事项|措施/g;

/**
 * The six section headings written inside one line, in the official order: a
 * numeral numbered as its section (`三、` before the key words of section 三).
 * Where one numeral occurs more than once, the occurrences that make the longest
 * run of sections in order are kept, the earliest among equals.
 */
export function findInlineHeadings(line: string): HeadingMatch[] {
  const candidates = [...line.matchAll(NUMBERED)].flatMap((m) => headingAt(line, m.index!, m.index! + m[0].length, m[1]) ?? []);
  // best[id]: the longest chain of headings in order ending with section `id`.
  const best: HeadingMatch[][] = [];
  for (const candidate of candidates) {
    const before = best.slice(0, candidate.id).reduce<HeadingMatch[]>((a, b) => (b && b.length > a.length ? b : a), []);
    const last = before[before.length - 1];
    if (last && last.end > candidate.start) continue;
    if (before.length + 1 > (best[candidate.id]?.length ?? 0)) best[candidate.id] = [...before, candidate];
  }
  return best.reduce<HeadingMatch[]>((a, b) => (b && b.length > a.length ? b : a), []);
}

function headingAt(line: string, start: number, wordsStart: number, numeral: string): HeadingMatch | undefined {
  const id = chineseNumeralValue(numeral) as SectionId;
  HEADING_WORDS.lastIndex = wordsStart;
  HEADING_WORDS.exec(line);
  const words = line.slice(wordsStart, HEADING_WORDS.lastIndex);
  const keyword = SECTIONS[id - 1].keywords.map((k) => ({ k, at: words.indexOf(k) })).find(({ at }) => at >= 0);
  if (!keyword) return undefined;
  CLOSING_WORD.lastIndex = keyword.at;
  const closing = CLOSING_WORD.exec(words);
  const end = wordsStart + (closing ? closing.index + closing[0].length : keyword.at + keyword.k.length);
  return { id, writtenNumber: id, start, end };
}
