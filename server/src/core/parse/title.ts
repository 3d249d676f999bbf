import type { Span } from '../model/report';
import type { TextLines } from '../text/textLines';
import { agencyIn } from './agency';
import { contentStart } from './headings';
import { isBlankLine } from './normalize';

/** What a title says, and prose before section 一 does not: the kind of report. */
const TITLE_WORDS = /政府信息公开|年度报告/;
/** Longer lines are prose, or a whole report on one line whose title ends at its first 报告. */
const TITLE_MAX = 60;
/** A label before the title on a saved page (`标题：`, `source:`): not part of the title. */
const TITLE_LABEL = /^[^\s：:，。；]{1,12}[：:][ \u3000]*/;

interface Piece {
  line: number;
  start: number;
  end: number;
}

/**
 * The report's title, before section 一: the line that names the kind of report,
 * with the line above when the agency is written there (`淮安市洪泽区人民政府` /
 * `2024 年政府信息公开工作年度报告`) and the line below when it ends the title
 * (`…政府信息公开工作` / `年度报告`). Without such a line, the first non-blank line,
 * as long as it reads like a title.
 */
export function findTitle(lines: TextLines, beforeLine: number): Span | undefined {
  for (let line = 0; line < beforeLine; line++) {
    const key = titlePiece(lines, line);
    if (!key) continue;
    const pieces = [key];
    const textOf = () => pieces.map((p) => lines.lines[p.line].slice(p.start, p.end)).join('');
    const above = line > 0 ? shortLine(lines, line - 1) : undefined;
    if (above && !agencyIn(textOf())) pieces.unshift(above);
    const below = line + 1 < beforeLine ? shortLine(lines, line + 1) : undefined;
    if (below && !textOf().endsWith('报告') && lines.lines[line + 1].includes('报告')) pieces.push(below);
    return spanOf(lines, pieces);
  }
  for (let line = 0; line < beforeLine; line++) {
    if (isBlankLine(lines.lines[line])) continue;
    const first = shortLine(lines, line);
    return first && spanOf(lines, [first]);
  }
  return undefined;
}

/** The title on a line that names the kind of report, without a label before it, cut at 报告 on a long line. */
function titlePiece(lines: TextLines, line: number): Piece | undefined {
  const text = lines.lines[line];
  if (!TITLE_WORDS.test(text)) return undefined;
  let start = contentStart(text);
  start += TITLE_LABEL.exec(text.slice(start))?.[0].length ?? 0;
  let end = text.trimEnd().length;
  if (end - start > TITLE_MAX) {
    const report = text.indexOf('报告', start);
    if (report < 0 || report + 2 - start > TITLE_MAX) return undefined;
    end = report + 2;
  }
  return { line, start, end };
}

/** A non-blank line short enough to be (part of) a title. */
function shortLine(lines: TextLines, line: number): Piece | undefined {
  const text = lines.lines[line];
  const start = contentStart(text);
  const end = text.trimEnd().length;
  return end > start && end - start <= TITLE_MAX ? { line, start, end } : undefined;
}

function spanOf(lines: TextLines, pieces: readonly Piece[]): Span {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return {
    text: pieces.map((p) => lines.lines[p.line].slice(p.start, p.end)).join(''),
    range: { start: { line: first.line, character: first.start }, end: { line: last.line, character: last.end } },
  };
}
