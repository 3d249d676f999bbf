/**
 * The table view's page script (bundled by esbuild into dist/tableView.js, run in the webview):
 * draws the grids the panel (client/src/tableView.ts) sends, marks the cells with findings, tells
 * the panel which place was clicked, and highlights the place the text cursor is in.
 */
import type { TableView, TableViewCell, TableViewFinding, TableViewGroup, TableViewRow, TableViewTable } from '../../server/src/lsp/protocol';
import type { FromWebview, ToWebview, ViewPlace, ViewStrings } from '../src/tableViewMessages';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = acquireVsCodeApi();
const strings = JSON.parse(document.getElementById('strings')!.textContent!) as ViewStrings;
const main = document.getElementById('tables')!;
const details = document.getElementById('details')!;

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

let view: TableView | undefined;
/** The place the text cursor is in, kept across redrawing. */
let cursor: ViewPlace | undefined;
/** The drawn element of each place, by placeKey. */
const drawn = new Map<string, HTMLElement>();

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'view') draw(message.view);
  else highlight(message.place);
});

main.addEventListener('click', (event) => reveal(event.target));
main.addEventListener('keydown', (event) => {
  if ((event.key === 'Enter' || event.key === ' ') && reveal(event.target)) event.preventDefault();
});

showEmpty();
vscode.postMessage({ type: 'ready' });

/** Asks the panel to select the text of the place clicked; false when the target is on none. */
function reveal(target: EventTarget | null): boolean {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-place]') : null;
  if (!element) return false;
  vscode.postMessage({ type: 'reveal', place: JSON.parse(element.dataset.place!) as ViewPlace });
  return true;
}

function placeKey({ table, group, row, cell }: ViewPlace): string {
  return [table, group, row, cell].filter((n) => n !== undefined).join('.');
}

function showEmpty(): void {
  main.replaceChildren(element('p', { class: 'empty' }, strings.noReport));
  details.replaceChildren();
}

function draw(next: TableView): void {
  view = next;
  drawn.clear();
  main.replaceChildren(
    element('p', { class: 'version' }, strings.version.replace('{0}', next.version)),
    ...next.tables.map((table, t) => drawTable(table, t)),
  );
  highlight(cursor);
}

function drawTable(table: TableViewTable, t: number): HTMLElement {
  const section = element('section', { class: 'table', 'data-table': String(table.table) });
  const title = element('h2', {}, table.title);
  if (table.range) makePlace(title, { table: t });
  section.append(title);
  if (table.state !== 'table') section.append(element('p', { class: 'note' }, table.state === 'image' ? strings.image : strings.absent));
  if (table.findings.length) section.append(findingList(table.findings));
  table.groups.forEach((group, g) => section.append(drawGroup(group, t, g)));
  return section;
}

function drawGroup(group: TableViewGroup, t: number, g: number): HTMLElement {
  const grid = element('table', { class: 'grid' });
  if (group.label) {
    grid.append(element('caption', {}, group.label, group.otherVersion ? element('span', { class: 'other-version' }, strings.otherVersion) : ''));
  }
  const headings = group.columns.map((column) => {
    const heading = element('th', { scope: 'col' }, column.label);
    if (column.written !== undefined) {
      heading.classList.add('rewritten');
      heading.append(element('span', { class: 'written' }, column.written));
      heading.title = strings.draftWrites.replace('{0}', column.written);
    }
    return heading;
  });
  grid.append(element('thead', {}, element('tr', {}, element('td', { class: 'corner' }), ...headings)));
  const body = element('tbody');
  group.rows.forEach((row, r) => {
    if (row.heading) body.append(element('tr', { class: 'heading' }, element('th', { colspan: String(group.columns.length + 1), scope: 'rowgroup' }, row.heading)));
    body.append(drawRow(row, group, { table: t, group: g, row: r }));
  });
  grid.append(body);
  return grid;
}

function drawRow(row: TableViewRow, group: TableViewGroup, place: ViewPlace): HTMLElement {
  const tr = element('tr', { 'data-row': row.label });
  if (row.missing) tr.classList.add('missing');
  if (row.otherVersion) tr.classList.add('other-version');
  const label = element('th', { scope: 'row' }, row.label);
  if (row.written) label.append(element('span', { class: 'written' }, row.written));
  const notes = [
    row.written ? strings.draftWrites.replace('{0}', row.written) : '',
    row.missing ? strings.notInDraft : '',
    row.otherVersion ? strings.otherVersion : '',
  ];
  label.title = [row.label, ...notes, ...row.findings.map(describeFinding)].filter(Boolean).join('\n');
  mark(label, row.findings);
  if (row.range) makePlace(label, place);
  tr.append(label, ...row.cells.map((cell, c) => drawCell(cell, row.label, group.columns[c]?.label ?? '', { ...place, cell: c })));
  return tr;
}

function drawCell(cell: TableViewCell, row: string, column: string, place: ViewPlace): HTMLElement {
  const td = element('td', { class: cell.kind, 'data-column': column }, cell.text);
  const name = `${row} · ${column}`;
  if (cell.malformed) td.classList.add('malformed');
  td.title = [name, ...cell.findings.map(describeFinding), ...cell.checks, cell.should ?? ''].filter(Boolean).join('\n');
  td.dataset.name = name;
  mark(td, cell.findings);
  if (cell.range) makePlace(td, place);
  return td;
}

/** A place that can be clicked (or reached with Tab and Enter) to select its text. */
function makePlace(target: HTMLElement, place: ViewPlace): void {
  target.dataset.place = JSON.stringify(place);
  target.tabIndex = 0;
  drawn.set(placeKey(place), target);
}

/** The class of the worst finding: `severity-error`, … */
function mark(target: HTMLElement, findings: readonly TableViewFinding[]): void {
  const worst = SEVERITIES.find((severity) => findings.some((f) => f.severity === severity));
  if (worst) target.classList.add(`severity-${worst}`);
}

function describeFinding(finding: TableViewFinding): string {
  return `${strings.severity[finding.severity]} ${finding.rule}: ${finding.message}`;
}

function findingList(findings: readonly TableViewFinding[]): HTMLElement {
  return element(
    'ul',
    { class: 'findings' },
    ...findings.map((f) => element('li', { class: `severity-${f.severity}` }, `${strings.severity[f.severity]} `, element('code', {}, f.rule), ` ${f.message}`)),
  );
}

/** Highlights the place the text cursor is in and says what the view knows of it below the tables. */
function highlight(place: ViewPlace | undefined): void {
  cursor = place;
  for (const old of main.querySelectorAll('[aria-current]')) old.removeAttribute('aria-current');
  const target = place && drawn.get(placeKey(place));
  if (!view || !place || !target) {
    details.replaceChildren(view ? element('p', { class: 'hint' }, strings.hint) : '');
    return;
  }
  target.setAttribute('aria-current', 'true');
  const row = view.tables[place.table].groups[place.group!].rows[place.row!];
  showDetails(target.dataset.name ?? row.label, row, place.cell === undefined ? undefined : row.cells[place.cell]);
  scrollIntoSight(target);
}

/** Below the tables: the place's name, the findings on it, and for a cell its identities, as hover gives them. */
function showDetails(name: string, row: TableViewRow, cell: TableViewCell | undefined): void {
  const findings = cell ? cell.findings : row.findings;
  const checks = cell ? [...cell.checks, ...(cell.should ? [cell.should] : [])] : [];
  details.replaceChildren(
    element('p', { class: 'name' }, name, ...(cell ? [' ', element('span', { class: 'value' }, cell.text || strings.blank)] : [])),
    ...(findings.length ? [findingList(findings)] : []),
    ...(checks.length ? [element('ul', { class: 'checks' }, ...checks.map((check) => element('li', {}, check)))] : []),
  );
}

/** Scrolls a place out of sight (or behind the details) into the middle of the view, as the editor reveals a line; one in sight stays put. */
function scrollIntoSight(target: HTMLElement): void {
  const { top, bottom, left, right } = target.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight - details.offsetHeight || left < 0 || right > window.innerWidth) {
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
}

function element(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}
