import type { Report } from '../model/report';
import type { Position, Range } from '../text/position';

/**
 * Running text with its wrapped lines joined: PDF text breaks a sentence
 * anywhere (`答` / `复 3050 件`), so a phrase is looked for in the paragraph,
 * and what is found mapped back to the document.
 */
export interface ProseParagraph {
  text: string;
  /** Where each joined line's text starts, in `text` and in the document. */
  pieces: { offset: number; at: Position }[];
}

/** What ends a sentence; no rule's phrase reads across one. */
const ENDS_SENTENCE = /[。！？；]$/;

/**
 * Consecutive prose lines, each trimmed of its blanks, joined into one text. A
 * sub-heading starts a new one, and a bare one (`（一）主动公开`, no sentence
 * after it) ends its own, so the text below it starts a sentence. A line that
 * ends a sentence ends its paragraph too: a draft pasted from Word, a paragraph
 * a line and no blank line between, would otherwise join a whole section into
 * one string, built anew at every keystroke (megabytes in a large draft).
 */
export function proseParagraphs(report: Report): ProseParagraph[] {
  const headings = new Set(report.sections.flatMap((s) => s.subHeadings.map((h) => h.line)));
  const isBareHeading = (line: number) => headings.has(line) && !/[。；]/.test(report.lines.lines[line]);
  const out: ProseParagraph[] = [];
  let current: ProseParagraph | undefined;
  let previousLine = -2;
  let previousEndsSentence = false;
  for (const line of report.proseLines) {
    if (!current || line !== previousLine + 1 || headings.has(line) || isBareHeading(previousLine) || previousEndsSentence) {
      out.push((current = { text: '', pieces: [] }));
    }
    const raw = report.lines.lines[line];
    const start = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    current.pieces.push({ offset: current.text.length, at: { line, character: start } });
    current.text += trimmed;
    previousLine = line;
    previousEndsSentence = ENDS_SENTENCE.test(trimmed);
  }
  return out;
}

function positionAt(paragraph: ProseParagraph, offset: number): Position {
  let piece = paragraph.pieces[0];
  for (const p of paragraph.pieces) if (p.offset <= offset) piece = p;
  return { line: piece.at.line, character: piece.at.character + offset - piece.offset };
}

/** The document range of `text.slice(start, end)`; the end stays on the line of the last character. */
export function paragraphRange(paragraph: ProseParagraph, start: number, end: number): Range {
  const last = positionAt(paragraph, end - 1);
  return { start: positionAt(paragraph, start), end: { line: last.line, character: last.character + 1 } };
}
