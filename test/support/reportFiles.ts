/**
 * Word and HTML files built from a report in the row-per-line layout (a table
 * row per line, cells TAB-separated), as Word and government sites write them:
 * consecutive TAB lines make one real table; in a header row (no digits) a cell
 * followed by empty cells spans them, and in any row an empty first cell under a
 * label continues that label downwards (merged cells, as the official template has).
 */
import { zipSync } from 'fflate';
import * as iconv from 'iconv-lite';

type Block = { paragraph: string } | { rows: string[][] };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    const last = out.at(-1);
    if (!line.includes('\t')) out.push({ paragraph: line });
    else if (last && 'rows' in last) last.rows.push(line.split('\t'));
    else out.push({ rows: [line.split('\t')] });
  }
  return out;
}

/** A merged cell: its text, how many columns it spans, and whether it continues the cell above. */
interface Merged {
  text: string;
  span: number;
  continues: boolean;
  rowSpan: number;
}

function mergedRows(rows: string[][]): Merged[][] {
  const out: Merged[][] = [];
  rows.forEach((cells, r) => {
    const merged: Merged[] = [];
    const header = !cells.some((c) => /\d/.test(c));
    const above = out[r - 1]?.[0];
    for (let i = 0; i < cells.length; i++) {
      const continues = i === 0 && cells[0] === '' && above !== undefined && (above.text !== '' || above.continues);
      let span = 1;
      if (header && cells[i] !== '') while (cells[i + span] === '' && i + span < cells.length) span++;
      merged.push({ text: cells[i], span, continues, rowSpan: 1 });
      i += span - 1;
    }
    out.push(merged);
  });
  // The first cell of a run of continued cells spans their rows (for HTML's rowspan).
  for (let r = 0; r < out.length; r++) {
    if (out[r][0]?.continues) continue;
    let below = r + 1;
    while (out[below]?.[0]?.continues) below++;
    if (out[r][0]) out[r][0].rowSpan = below - r;
  }
  return out;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .docx whose body is the report: paragraphs, and real Word tables with gridSpan and vMerge. */
export function docxFromRows(text: string): Uint8Array {
  const run = (s: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(s)}</w:t></w:r></w:p>`;
  const body = blocks(text)
    .map((b) => {
      if ('paragraph' in b) return run(b.paragraph);
      const rows = mergedRows(b.rows).map((cells) =>
        cells
          .map((c) => {
            const props = (c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : '') + (c.continues ? '<w:vMerge/>' : c.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '');
            return `<w:tc><w:tcPr>${props}</w:tcPr>${run(c.continues ? '' : c.text)}</w:tc>`;
          })
          .join(''),
      );
      return `<w:tbl>${rows.map((r) => `<w:tr>${r}</w:tr>`).join('')}</w:tbl>`;
    })
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new TextEncoder().encode(document) });
}

/** A web page as a site publishes it, in GBK: navigation and scripts around the report, tables with rowspan and colspan. */
export function htmlFromRows(text: string): Buffer {
  const body = blocks(text)
    .map((b) => {
      if ('paragraph' in b) return `<p>${xmlEscape(b.paragraph)}</p>`;
      const rows = mergedRows(b.rows).map((cells) =>
        cells
          .filter((c) => !c.continues)
          .map((c) => `<td${c.span > 1 ? ` colspan="${c.span}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}>${xmlEscape(c.text)}</td>`)
          .join(''),
      );
      return `<table border="1"><tbody>${rows.map((r) => `<tr>${r}</tr>`).join('\n')}</tbody></table>`;
    })
    .join('\n');
  const page = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>年度报告</title>
<script>var nav = "一、总体情况 二、主动公开政府信息情况";</script><style>p { margin: 0 }</style></head>
<body><header><a href="/">首页</a> 政府信息公开 总体情况</header><nav><a>其他需要报告的事项</a></nav>
<div class="main"><div class="article">${body}</div></div><footer>主办单位：示例区人民政府办公室</footer></body></html>`;
  return iconv.encode(page, 'gbk');
}
