import { describeLocation } from '../readers/sourceMap';
import type { LocatedFinding } from './fileResult';

/** Where a finding is, as the text outputs print it: `line:col`, 1-based, or in a PDF, Word or HTML file's own terms (`p3:12`). */
export function placeOf(f: LocatedFinding): string {
  const { line, character } = f.range.start;
  return f.source ? describeLocation(f.source) : `${line + 1}:${character + 1}`;
}
