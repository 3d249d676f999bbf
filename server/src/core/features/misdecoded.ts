import { SAMPLE_CHARS } from './detect';

/**
 * Decides whether a document's text is a file decoded in the wrong encoding: above all a GB18030
 * (GBK) report, as Chinese Windows saves it, opened as UTF-8. Its Chinese then arrives as U+FFFD,
 * the character a decoder puts for bytes it cannot read, and as stray Latin letters. One broken
 * character in a UTF-8 report (a bad copy from a PDF) is not that: it takes many, and a large share.
 */
export function looksMisdecoded(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS); // as in report detection: the top of the file decides
  const replaced = sample.split(REPLACEMENT_CHARACTER).length - 1;
  if (replaced < MIN_REPLACED) return false;
  const visible = sample.replace(/\s/g, '').length;
  return replaced >= visible * MIN_REPLACED_SHARE;
}

const REPLACEMENT_CHARACTER = '\uFFFD';
const MIN_REPLACED = 8;
/** A GB18030 report read as UTF-8 has most of its characters replaced; 1 in 10 is far below that. */
const MIN_REPLACED_SHARE = 0.1;
