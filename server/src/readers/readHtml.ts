import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { t } from '../core/index';
import { UnreadableFileError } from '../node/readReport';
import { LIMITS } from './limits';
import { ReportTextBuilder, type ReadReport } from './reportText';
import { SpanGrid } from './spanGrid';

/** Elements that are never the report: scripts, styles and the site's navigation around it. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'iframe', 'select', 'button']);
/** Elements that stand on lines of their own. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'table', 'blockquote', 'pre', 'center', 'dd', 'dt', 'dl', 'form', 'aside', 'body']);
/** Key words of the six section headings: the element holding most of them, and the least else, is the report. */
const SECTION_WORDS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '行政复议', '存在的主要问题', '其他需要报告'];
/** Runs of HTML white space (not the full-width space U+3000, which a checker must see in a cell). */
const SPACES = /[ \t\n\r\f\u00a0]+/g;

/**
 * Reads a web page as government sites publish a report: decoded by its declared
 * charset (GBK and GB2312 pages are common), the element holding the report
 * chosen (navigation, scripts and the site's header and footer left out),
 * paragraphs one a line, `<table>` rows one a line with `colspan`/`rowspan` laid
 * out on the grid. The source map gives the table, row and column, or the paragraph.
 */
export function readHtml(bytes: Uint8Array): ReadReport {
  if (bytes.length > LIMITS.htmlBytes) throw new UnreadableFileError(t('web page larger than {0} MB, not read', LIMITS.htmlBytes / 2 ** 20));
  const document = parseDocument(decodeHtml(bytes));
  const builder = new ReportTextBuilder();
  const root = reportElement(document.children);
  let paragraph = 0;
  let table = 0;
  let line = '';
  const flush = () => {
    const text = line.replace(SPACES, ' ').trim();
    if (text) builder.line([{ text, location: { paragraph: ++paragraph } }]);
    line = '';
  };
  const walk = (node: ChildNode): void => {
    if (node.type === 'text') line += node.data;
    else if (isElement(node) && !DROPPED.has(node.name)) {
      if (node.name === 'table') {
        flush();
        writeTable(node, ++table, builder);
      } else {
        if (BLOCKS.has(node.name)) flush();
        node.children.forEach(walk);
        if (BLOCKS.has(node.name)) flush();
      }
    }
  };
  (root ? [root] : document.children).forEach(walk);
  flush();
  return builder.build();
}

/** The page's text, by the charset its `<meta>` declares (GBK and GB2312 read as GB18030, their superset), else UTF-8. */
function decodeHtml(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  let label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1].toLowerCase() ?? 'utf-8';
  if (/^(gb2312|gbk|x-gbk|gb_2312-80)$/.test(label)) label = 'gb18030';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Its text, markup and dropped elements aside. */
function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || DROPPED.has(node.name)) return '';
  return node.children.map(textOf).join('');
}

/**
 * The element holding the report: the one whose text has the most section key
 * words, and of those the one with the least text (the innermost). Counted
 * bottom-up once, so a page of many elements costs one walk.
 */
function reportElement(nodes: ChildNode[]): Element | undefined {
  let best: { element: Element; words: number; length: number } | undefined;
  const visit = (node: ChildNode): { words: Set<string>; length: number } => {
    if (node.type === 'text') return { words: new Set(SECTION_WORDS.filter((w) => node.data.includes(w))), length: node.data.length };
    if (!isElement(node) || DROPPED.has(node.name)) return { words: new Set(), length: 0 };
    const words = new Set<string>();
    let length = 0;
    for (const child of node.children) {
      const c = visit(child);
      c.words.forEach((w) => words.add(w));
      length += c.length;
    }
    if (words.size > 0 && (!best || words.size > best.words || (words.size === best.words && length < best.length))) best = { element: node, words: words.size, length };
    return { words, length };
  };
  nodes.forEach(visit);
  return best?.element;
}

function writeTable(tableElement: Element, table: number, builder: ReportTextBuilder): void {
  const grid = new SpanGrid();
  const rows: Element[] = [];
  const collectRows = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === 'tr') rows.push(child);
      else if (['thead', 'tbody', 'tfoot'].includes(child.name)) collectRows(child);
    }
  };
  collectRows(tableElement);
  rows.forEach((tr, i) => {
    const cells = tr.children
      .filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'))
      .map((cell) => ({
        text: textOf(cell).replace(SPACES, ' ').trim(),
        colSpan: Math.max(1, Number(cell.attribs.colspan) || 1),
        rowSpan: Math.max(1, Number(cell.attribs.rowspan) || 1),
      }));
    builder.line(grid.row(cells).map((c) => ({ text: c.text, location: { table, row: i + 1, column: c.column } })));
  });
}
