import { t, type Position } from '../core/index';

/** Where a piece of report text came from, in the terms of the file it was read from. */
export type SourceLocation =
  | { page: number; line: number }
  | { table: number; row: number; column: number }
  | { paragraph: number };

/**
 * Maps lines and characters of report text back to the file it was read from.
 * Each line of the text is a list of segments: from `character` on (UTF-16, as
 * LSP counts) the text came from `location`, up to the next segment.
 */
export class SourceMap {
  private readonly lines: { character: number; location: SourceLocation }[][] = [];

  /** Records the segments of the next line of the text; the first starts at character 0. */
  addLine(segments: { character: number; location: SourceLocation }[]): void {
    this.lines.push(segments);
  }

  /** The location of the character at `position`; past the text, that of its last line. */
  locate(position: Position): SourceLocation | undefined {
    const segments = this.lines[Math.min(position.line, this.lines.length - 1)];
    if (!segments?.length) return undefined;
    let found = segments[0];
    for (const s of segments) if (s.character <= position.character) found = s;
    return found.location;
  }
}

/** A location as the text output prints it after the file name: `p3:12`, `t2:r5:c3`, `para12`. */
export function describeLocation(location: SourceLocation): string {
  if ('page' in location) return `p${location.page}:${location.line}`;
  if ('table' in location) return `t${location.table}:r${location.row}:c${location.column}`;
  return `para${location.paragraph}`;
}

/** A location in words, for a message read where the text's own lines mean nothing (the editor's Problems panel). */
export function locationInWords(location: SourceLocation): string {
  if ('page' in location) return t('page {0}, line {1}', location.page, location.line);
  if ('table' in location) return t('table {0}, row {1}, column {2}', location.table, location.row, location.column);
  return t('paragraph {0}', location.paragraph);
}
