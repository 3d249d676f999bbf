import type { Finding } from '../rules/rule';
import { nonOverlapping, type TextEdit } from './textEdit';

/**
 * The edits of every safe fix, overlaps dropped: what `--fix`, fix-all and
 * fix-on-save apply. One pass is enough; a second finds nothing more to do.
 */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  return nonOverlapping(findings.flatMap((f) => f.fixes.filter((x) => x.safe).flatMap((x) => x.edits)));
}
