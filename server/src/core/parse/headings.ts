import { chineseNumeralValue, SECTIONS, type SectionId } from '../model/schema';
import { EXPORT_NOISE } from './normalize';

/** Where a line's own text starts: after indentation, Markdown markers and export noise. */
export function contentStart(line: string): number {
  const noise = EXPORT_NOISE.exec(line);
  const i = noise ? noise[0].length : 0;
  const m = /^[\s\u3000\uFEFF]*(?:#{1,6}\s+|>\s*)?(?:\*\*|__)?[\s\u3000]*/.exec(line.slice(i));
  return i + (m ? m[0].length : 0);
}

/**
 * Where a line's own text ends: before trailing blanks and Markdown emphasis.
 * Not a regular expression ending in `\s*$`: on a long line with blanks inside,
 * it would be retried at every blank, which is quadratic.
 */
function contentEnd(line: string, start: number): number {
  const end = Math.max(start, line.trimEnd().length);
  const emphasis = line.slice(end - 2, end);
  return end - 2 >= start && (emphasis === '**' || emphasis === '__') ? end - 2 : end;
}

export interface HeadingMatch {
  id: SectionId;
  writtenNumber: number;
  start: number;
  end: number;
}

const SECTION_HEADING = /^([一二三四五六七八九十])[\s\u3000]*[、.．,，][\s\u3000]*(.*)$/;
/** Headings are short; a long line starting `一、` is a sentence. */
const MAX_HEADING_LENGTH = 48;

/** `二、主动公开政府信息情况` → section 2; matched by key words, not the exact wording. */
export function matchSectionHeading(line: string): HeadingMatch | undefined {
  const start = contentStart(line);
  const end = contentEnd(line, start);
  if (end - start > MAX_HEADING_LENGTH) return undefined;
  const m = SECTION_HEADING.exec(line.slice(start, end));
  if (!m) return undefined;
  const rest = m[2];
  const section = SECTIONS.find((s) => s.keywords.some((k) => rest.includes(k)));
  if (!section) return undefined;
  return { id: section.id, writtenNumber: chineseNumeralValue(m[1]), start, end };
}

export interface SubHeadingMatch {
  level: 1 | 2;
  number: number;
  start: number;
  end: number;
}

const LEVEL_1 = /^[（(][\s\u3000]*([一二三四五六七八九十]{1,3})[\s\u3000]*[)）]/;
/** `1.` or `1、`, but not a decimal such as `1.5万`. */
const LEVEL_2 = /^(\d{1,2})[\s\u3000]*[.．、](?![\d０-９])/;

export function matchSubHeading(line: string): SubHeadingMatch | undefined {
  const start = contentStart(line);
  const rest = line.slice(start);
  const m1 = LEVEL_1.exec(rest);
  if (m1) return { level: 1, number: chineseNumeralValue(m1[1]), start, end: start + m1[0].length };
  const m2 = LEVEL_2.exec(rest);
  if (m2) return { level: 2, number: Number(m2[1]), start, end: start + m2[0].length };
  return undefined;
}
