const NONE: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Every match of a global `pattern` in `text`, in order: what `[...text.matchAll(pattern)]` gives.
 * `matchAll` copies the pattern on each call, which costs five times a search that finds nothing;
 * the rules search every line of every report, most of them in vain.
 */
export function matchesIn(text: string, pattern: RegExp): readonly RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesIn needs a global pattern: ${pattern}`);
  pattern.lastIndex = 0;
  let m = pattern.exec(text);
  if (!m) return NONE;
  const found: RegExpExecArray[] = [];
  for (; m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return found;
}
