import { t } from '../core/index';
import { UnreadableFileError } from '../node/readReport';
import { boundedUnzip } from './boundedUnzip';
import { NumberingCounter, type NumberingLevel } from './docxNumbering';
import { LIMITS } from './limits';
import { childrenNamed, descendant, parseOrderedXml, type XmlNode } from './orderedXml';
import { ReportTextBuilder, type ReadReport } from './reportText';
import { SpanGrid } from './spanGrid';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';

/**
 * Reads a Word (or WPS) .docx into report text, from its XML: body paragraphs one
 * a line, with Word's automatic numbering written out (`一、`); tables where they
 * stand, a row a line, merged cells laid out on the grid (see SpanGrid). The
 * source map gives the paragraph number, or the table, row and grid column.
 */
export function readDocx(bytes: Uint8Array): ReadReport {
  const parts = boundedUnzip(bytes, [DOCUMENT, NUMBERING], LIMITS.docxEntryBytes);
  const document = parts.get(DOCUMENT);
  if (!document) throw new UnreadableFileError(t('a zip file without word/document.xml: not a Word document'));
  const xml = (name: string, part: Uint8Array) => parseOrderedXml(new TextDecoder().decode(part), name);
  const numbering = parts.get(NUMBERING);
  const counter = new NumberingCounter(numberingLevels(numbering ? xml(NUMBERING, numbering) : []));
  const body = xml(DOCUMENT, document).map((n) => descendant(n, 'w:body')).find(Boolean);
  const builder = new ReportTextBuilder();
  let paragraph = 0;
  let table = 0;
  const walk = (node: XmlNode): void => {
    if (node.tag === 'w:p') builder.line([{ text: numberLabel(node, counter) + paragraphText(node), location: { paragraph: ++paragraph } }]);
    else if (node.tag === 'w:tbl') writeTable(node, ++table, builder);
    else node.children.forEach(walk);
  };
  body?.children.forEach(walk);
  return builder.build();
}

function writeTable(tbl: XmlNode, table: number, builder: ReportTextBuilder): void {
  const grid = new SpanGrid();
  childrenNamed(tbl, 'w:tr').forEach((tr, i) => {
    const gridBefore = Number(descendant(tr, 'w:gridBefore')?.attributes['w:val'] ?? 0);
    const cells = childrenNamed(tr, 'w:tc').map((tc) => {
      const properties = childrenNamed(tc, 'w:tcPr')[0];
      const vMerge = properties && childrenNamed(properties, 'w:vMerge')[0];
      const continued = vMerge !== undefined && vMerge.attributes['w:val'] !== 'restart';
      const colSpan = Number((properties && childrenNamed(properties, 'w:gridSpan')[0])?.attributes['w:val'] ?? 1);
      return { text: continued ? '' : childrenNamed(tc, 'w:p').map(paragraphText).join(''), colSpan, rowSpan: 1 };
    });
    const leading = gridBefore > 0 ? [{ text: '', colSpan: gridBefore, rowSpan: 1 }] : [];
    builder.line(grid.row([...leading, ...cells]).map((c) => ({ text: c.text, location: { table, row: i + 1, column: c.column } })));
  });
}

/** The text of a paragraph (of revisions, the text inserted, not the text deleted). */
function paragraphText(node: XmlNode): string {
  switch (node.tag) {
    case 'w:t':
      return node.children.map((c) => c.text).join('');
    case 'w:tab':
      return '\t';
    case 'w:br':
      return ' ';
    case 'w:del':
    case 'w:pPr':
    case 'w:rPr':
      return '';
    default:
      return node.children.map(paragraphText).join('');
  }
}

function numberLabel(p: XmlNode, counter: NumberingCounter): string {
  const numPr = descendant(childrenNamed(p, 'w:pPr')[0] ?? p, 'w:numPr');
  const numId = numPr && childrenNamed(numPr, 'w:numId')[0]?.attributes['w:val'];
  if (!numPr || !numId) return '';
  return counter.next(numId, Number(childrenNamed(numPr, 'w:ilvl')[0]?.attributes['w:val'] ?? 0));
}

/** numId → its levels, from numbering.xml (each w:num points at a w:abstractNum). */
function numberingLevels(numbering: XmlNode[]): (numId: string) => NumberingLevel[] | undefined {
  const root = numbering.map((n) => descendant(n, 'w:numbering')).find(Boolean);
  if (!root) return () => undefined;
  const abstract = new Map(
    childrenNamed(root, 'w:abstractNum').map((a) => [
      a.attributes['w:abstractNumId'],
      childrenNamed(a, 'w:lvl').map((lvl) => ({
        format: childrenNamed(lvl, 'w:numFmt')[0]?.attributes['w:val'] ?? 'decimal',
        text: childrenNamed(lvl, 'w:lvlText')[0]?.attributes['w:val'] ?? '',
        start: Number(childrenNamed(lvl, 'w:start')[0]?.attributes['w:val'] ?? 1),
      })),
    ]),
  );
  const nums = new Map(childrenNamed(root, 'w:num').map((n) => [n.attributes['w:numId'], childrenNamed(n, 'w:abstractNumId')[0]?.attributes['w:val']]));
  return (numId) => abstract.get(nums.get(numId) ?? '');
}
