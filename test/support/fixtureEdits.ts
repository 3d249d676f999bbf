import assert from 'node:assert/strict';

/** Small edits of a fixture's text, by what it says or by 1-based line number. */
export const swap = (text: string, a: string, b: string) => {
  assert.ok(text.includes(a), `fixture has no ${JSON.stringify(a)}`);
  return text.replace(a, b);
};
export const line = (text: string, n: number) => text.split('\n')[n - 1];
export const withLine = (text: string, n: number, replacement: string) => {
  const lines = text.split('\n');
  lines[n - 1] = replacement;
  return lines.join('\n');
};
export const withoutLines = (text: string, from: number, to: number) => {
  const lines = text.split('\n');
  lines.splice(from - 1, to - from + 1);
  return lines.join('\n');
};
