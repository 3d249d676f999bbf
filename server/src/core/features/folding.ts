import type { Report } from '../model/report';
import { sectionEndLine, tableExtents } from './extents';

/** Lines to fold as one, both inclusive; the first line stays visible. */
export interface FoldingRange {
  startLine: number;
  endLine: number;
}

/** Each section, from its heading to its last non-blank line, and each table's rows. */
export function foldingRanges(report: Report): FoldingRange[] {
  const ranges: FoldingRange[] = [
    ...report.sections.map((s) => ({ startLine: s.startLine, endLine: sectionEndLine(report, s) })),
    ...tableExtents(report).map((x) => ({ startLine: x.startLine, endLine: x.endLine })),
  ];
  return ranges.filter((r) => r.endLine > r.startLine).sort((a, b) => a.startLine - b.startLine);
}
