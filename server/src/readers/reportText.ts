import { SourceMap, type SourceLocation } from './sourceMap';

/** A cell of a table row, or the whole of a paragraph, with where it came from. */
export interface TextPiece {
  text: string;
  location: SourceLocation;
}

/** What a reader makes of a PDF, Word or HTML file: report text in the row-per-line layout, and its source map. */
export interface ReadReport {
  text: string;
  map: SourceMap;
  /** What the reader could not do, said to the user (e.g. pages beyond the limit not read). */
  notes: string[];
}

/**
 * Builds report text in the layout the parser reads as "row per line" (layout B):
 * a paragraph is one line, a table row is one line with its cells separated by
 * TABs. Line breaks and TABs inside a piece would change that layout, so they
 * become spaces.
 */
export class ReportTextBuilder {
  private readonly lines: string[] = [];
  private readonly map = new SourceMap();
  readonly notes: string[] = [];

  /** One line: a paragraph (one piece) or a table row (one piece a cell). */
  line(pieces: readonly TextPiece[]): void {
    let text = '';
    const segments = pieces.map((piece, i) => {
      if (i > 0) text += '\t';
      const segment = { character: text.length, location: piece.location };
      text += piece.text.replace(/[\t\r\n\u2028\u2029]+/g, ' ');
      return segment;
    });
    this.lines.push(text);
    this.map.addLine(segments);
  }

  build(): ReadReport {
    return { text: this.lines.join('\n') + '\n', map: this.map, notes: this.notes };
  }
}
