import type { Finding } from '../rules/rule';
import { comparePositions, type Range } from '../text/position';

/** From the innermost out: a finding goes to a cell before its row, to a row before its table. */
const LEVELS = ['cell', 'row', 'table'] as const;
export type PlaceLevel = (typeof LEVELS)[number];

interface Place {
  range: Range;
  level: number;
  receive: (finding: Finding) => void;
}

/**
 * Where findings stand in a drawing of the tables: each goes to the innermost
 * place (a cell, a row, a table) whose text holds its whole range, as the
 * editor's underline would show it there; a finding outside every place is left out.
 * Of two places of one level that hold it, the one inside the other: the mark of an
 * empty cell at a line's end touches the separator the empty cell before it is marked on.
 */
export class FindingPlaces {
  /** The places by each line they cover, so a finding is compared with the few on its line. */
  private readonly byLine = new Map<number, Place[]>();

  add(range: Range, level: PlaceLevel, receive: (finding: Finding) => void): void {
    const place = { range, level: LEVELS.indexOf(level), receive };
    for (let line = range.start.line; line <= range.end.line; line++) {
      const list = this.byLine.get(line);
      if (list) list.push(place);
      else this.byLine.set(line, [place]);
    }
  }

  place(findings: readonly Finding[]): void {
    for (const finding of findings) {
      let best: Place | undefined;
      for (const place of this.byLine.get(finding.range.start.line) ?? []) {
        if (!holds(place.range, finding.range)) continue;
        if (!best || place.level < best.level || (place.level === best.level && holds(best.range, place.range))) best = place;
      }
      best?.receive(finding);
    }
  }
}

function holds(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}
