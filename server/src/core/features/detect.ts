import { matchSectionHeading } from '../parse/headings';
import { findInlineHeadings } from '../parse/oneLine/inlineHeadings';
import { squeeze } from '../parse/normalize';
import { linesFromTop } from '../text/linesFromTop';

/**
 * Decides whether a `.txt`/`.md` document is a 政府信息公开工作年度报告 worth
 * checking, without parsing it: the editor asks this of every text file it
 * opens, so it reads only a bounded prefix, however large the file.
 */
export function looksLikeReport(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  // Most reports have their title on top: their few first lines decide, without splitting the rest.
  if (hasReportTitle(sample)) return true;
  const lines = sample.split(/\r\n|\r|\n/);
  return hasMostSectionHeadings(lines) || lines.some((line) => findInlineHeadings(line).length >= MIN_SECTION_HEADINGS);
}

/** Reports put their six sections well within this; a title sits at the very top. */
export const SAMPLE_CHARS = 64 * 1024;
/** "Most of the six": a draft may lack a heading or word one unrecognisably. On one line (a web page saved as text), as many. */
const MIN_SECTION_HEADINGS = 4;

/** Titles are split over lines in Word exports (`…政府信息公开工作` / `年度报告`). */
const TITLE = /政府信息公开.{0,12}?(?:年度报告|工作报告)/;
/** A title line is short; the first long line is the report's prose. */
const MAX_TITLE_LINE = 60;
const MAX_TITLE_LINES = 4;
/** Generous: indentation and Markdown markers around a heading of at most ~48 characters. */
const MAX_HEADING_LINE = 120;

function hasReportTitle(text: string): boolean {
  const titleLines: string[] = [];
  for (const line of linesFromTop(text)) {
    const squeezed = squeeze(line.text);
    if (!squeezed) continue;
    if (squeezed.length > MAX_TITLE_LINE) break;
    titleLines.push(squeezed);
    if (titleLines.length === MAX_TITLE_LINES) break;
  }
  return TITLE.test(titleLines.join(''));
}

function hasMostSectionHeadings(lines: string[]): boolean {
  const found = new Set<number>();
  for (const line of lines) {
    // Headings are short: skip long prose lines without running the matcher on them.
    if (line.length > MAX_HEADING_LINE) continue;
    const heading = matchSectionHeading(line);
    if (heading) found.add(heading.id);
    if (found.size >= MIN_SECTION_HEADINGS) return true;
  }
  return false;
}
