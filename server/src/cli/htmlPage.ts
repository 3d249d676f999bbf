import { currentLanguage } from '../core/index';
import { escapeHtml } from './htmlEscape';

// Inline, as the page must open from a mail attachment or a USB stick on an intranet: no file or address beside it.
const STYLE = `
body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
table.reports th button { all: unset; cursor: pointer; font-weight: bold; white-space: nowrap; }
table.reports th[aria-sort="ascending"] button::after { content: " ▲"; }
table.reports th[aria-sort="descending"] button::after { content: " ▼"; }
table.reports tbody tr:nth-child(even) { background: #f6f6f6; }
section.report { border-top: 2px solid #ccc; margin-top: 2em; }
li.error .severity { color: #b00020; }
li.warning .severity { color: #9a6700; }
li { margin: 0.4em 0; }
table.grid { font-size: 0.9em; }
table.grid caption { text-align: left; font-weight: bold; }
table.grid td { min-width: 2.5em; text-align: right; }
table.grid tr.marked-row th { background: #fff4d6; }
table.grid td.marked { outline: 3px solid #d00; background: #ffe0e0; font-weight: bold; }
table.grid td.marked.blank::after { content: "∅"; color: #d00; }
`;

// Sorts the table of reports by the column whose heading is clicked, numbers as numbers; again reverses.
const SCRIPT = `
document.querySelectorAll('table.reports th button').forEach((button) => {
  button.addEventListener('click', () => {
    const th = button.closest('th');
    const table = th.closest('table');
    const column = [...th.parentNode.children].indexOf(th);
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th[aria-sort]').forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const key = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent;
    const compare = (a, b) => {
      const x = key(a), y = key(b);
      const numeric = x !== '' && y !== '' && !isNaN(x) && !isNaN(y);
      return numeric ? x - y : x.localeCompare(y, 'zh');
    };
    const body = table.tBodies[0];
    body.append(...[...body.rows].sort((a, b) => (ascending ? compare(a, b) : compare(b, a))));
  });
});
`;

/** A whole page around `body`, with its style and script inline. */
export function htmlPage(title: string, body: string): string {
  const lang = currentLanguage() === 'en' ? 'en' : 'zh-CN';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
