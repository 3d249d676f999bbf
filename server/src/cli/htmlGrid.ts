import type { GridExcerpt } from '../core/index';
import { escapeHtml } from './htmlEscape';

/**
 * The rows of a table around a finding, drawn as the table: official row
 * labels, column headings, the cells as written; the finding's cell (or, when
 * it is on no number cell, its row) marked.
 */
export function htmlGrid(grid: GridExcerpt): string {
  const width = Math.max(grid.columns.length, ...grid.rows.map((r) => r.cells.length));
  const headings = Array.from({ length: width }, (_, i) => `<th scope="col">${escapeHtml(grid.columns[i] ?? '')}</th>`);
  const rows = grid.rows.map((row, r) => {
    const marked = r === grid.marked.row;
    const cells = Array.from({ length: width }, (_, c) => {
      const text = row.cells[c];
      const classes = [text === undefined || text === '' ? 'blank' : '', marked && c === grid.marked.column ? 'marked' : ''].filter(Boolean);
      return `<td${classes.length ? ` class="${classes.join(' ')}"` : ''}>${escapeHtml(text ?? '')}</td>`;
    });
    return `<tr${marked ? ' class="marked-row"' : ''}><th scope="row">${escapeHtml(row.label)}</th>${cells.join('')}</tr>`;
  });
  return `<table class="grid"><caption>${grid.table}</caption><thead><tr><th></th>${headings.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
