import { renderTableTemplate, SECTIONS, type Layout } from '../../server/src/core/index';
import { CORPUS_FILES, corpusText } from '../corpus';

/** Drafts far larger than any real one, for the benchmarks and the hostile corpus. */

const LAYOUTS: readonly Layout[] = ['cells', 'rows', 'pipes'];

function corpusTogether(): string {
  return CORPUS_FILES.map((f) => corpusText(f.slice(0, 3))).join('\n');
}

/** The corpus drafts one after another, repeated to at least `bytes` bytes of UTF-8 (the size on disk): tables and headings many times over. */
export function repeatedCorpus(bytes: number): string {
  const corpus = corpusTogether() + '\n';
  return corpus.repeat(Math.ceil(bytes / Buffer.byteLength(corpus)));
}

/** The corpus with every line break a space, up to `length` characters on one line (TABs and pipes included). */
export function singleLine(length: number): string {
  const flat = corpusTogether().replace(/\r\n|\r|\n/g, ' ');
  return flat.repeat(Math.ceil(length / flat.length)).slice(0, length);
}

/** A report whose sections 二, 三 and 四 hold `count` tables between them, in every layout and both versions. */
export function manyTables(count: number): string {
  const lines = ['示例区2022年政府信息公开工作年度报告', ''];
  for (const section of SECTIONS) {
    lines.push(`${section.numeral}、${section.title}`, '');
    const table = section.table;
    if (!table) continue;
    for (let i = table - 2; i < count; i += 3) {
      lines.push(renderTableTemplate(table, i % 2 ? '2019' : '2021', LAYOUTS[i % LAYOUTS.length]), '');
    }
  }
  return lines.join('\n');
}

/** `lines` lines of headings only: the six sections, sub-headings `（一）` and `1.`, over and over. */
export function repeatedHeadings(lines: number): string {
  const cycle = [...SECTIONS.map((s) => `${s.numeral}、${s.title}`), '（一）工作情况', '1.主动公开', '（二）工作情况', '2.依申请公开'];
  return Array.from({ length: lines }, (_, i) => cycle[i % cycle.length]).join('\n');
}

/**
 * One report grown to at least `bytes` bytes of UTF-8: corpus 000 with its
 * section 一 written out at length — a large draft as a drafter has it, one
 * report with its tables, unlike `repeatedCorpus`'s hundreds of reports in one file.
 */
export function longReport(bytes: number): string {
  const lines = corpusText('000').split('\n');
  const body = lines.indexOf('一、总体情况') + 1;
  const paragraph = lines[body] + '\n';
  const copies = Math.ceil((bytes - Buffer.byteLength(lines.join('\n'))) / Buffer.byteLength(paragraph));
  return [...lines.slice(0, body), paragraph.repeat(Math.max(copies, 0)) + lines[body], ...lines.slice(body + 1)].join('\n');
}
