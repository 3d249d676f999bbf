import type { Report, Section } from '../model/report';
import type { Position } from '../text/position';

/**
 * A section's body: the lines after its heading, or in a one-line report
 * (layout F) the text on the heading's line up to the next heading.
 */
export function sectionBodyText(report: Report, section: Section): string[] {
  const { lines } = report.lines;
  const inline = section.inlineBody;
  if (inline) return [lines[inline.start.line].slice(inline.start.character, inline.end.character)];
  return lines.slice(section.startLine + 1, section.endLine + 1);
}

/** Where text written first in the body goes: right after the heading. */
export function sectionBodyStart(report: Report, section: Section): Position {
  return section.inlineBody?.start ?? report.lines.lineEnd(section.startLine);
}

/** Where text written last in the body goes: after its last non-blank line, or before the next heading on the line. */
export function sectionBodyEnd(report: Report, section: Section): Position {
  if (section.inlineBody) return section.inlineBody.end;
  let last = section.endLine;
  while (last > section.startLine && report.lines.lines[last].trim() === '') last--;
  return report.lines.lineEnd(last);
}
