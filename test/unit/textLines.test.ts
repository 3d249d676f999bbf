import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linesFromTop } from '../../server/src/core/text/linesFromTop';
import { TextLines } from '../../server/src/core/text/textLines';

/** The same mixtures of text and line breaks, for TextLines and linesFromTop alike. */
function mixtures(): string[] {
  const pieces = ['a', '中', '\r', '\n', '\r\n', '\n\r', '\r\r', ''];
  const texts: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    let text = '';
    for (let n = i % 9; n > 0; n--) text += pieces[(i * 7 + n * 13 + (i >> n)) % pieces.length];
    texts.push(text);
  }
  return texts;
}

/** Lines as LSP counts them, the plain way: CRLF, LF and a lone CR each end one. */
function reference(text: string) {
  const lines: string[] = [];
  const starts: number[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    lines.push(text.slice(start, m.index));
    starts.push(start);
    start = m.index + m[0].length;
  }
  lines.push(text.slice(start));
  starts.push(start);
  return { lines, starts };
}

describe('TextLines', () => {
  it('splits at CRLF, LF and a lone CR alike, in any mixture, LF-CR being two breaks', () => {
    for (const text of mixtures()) {
      const lines = new TextLines(text);
      assert.deepEqual({ lines: lines.lines, starts: lines.starts }, reference(text), JSON.stringify(text));
    }
  });

  it('linesFromTop gives the same lines one at a time, each with where it ends', () => {
    for (const text of mixtures()) {
      const { lines, starts } = reference(text);
      const expected = lines.map((line, i) => ({ line: i, text: line, end: starts[i] + line.length }));
      assert.deepEqual([...linesFromTop(text)], expected, JSON.stringify(text));
    }
  });

  it('names the line break most lines end with, CRLF winning a tie with a lone CR and LF any other tie', () => {
    assert.equal(new TextLines('a\r\nb\r\nc\nd').eol, '\r\n');
    assert.equal(new TextLines('a\rb\rc\nd').eol, '\r');
    assert.equal(new TextLines('a\r\nb\rc').eol, '\r\n');
    assert.equal(new TextLines('a\r\nb\nc').eol, '\n');
    assert.equal(new TextLines('no break').eol, '\n');
  });
});
