// The table view beside a draft pasted from Word one cell per line: 表三 drawn as the official grid,
// the cell a wrong number makes marked as the drafter types, a click on it selecting its text,
// the cell of the text cursor highlighted, and the view following the active report.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { screenshot } from './screenshot';
import { letTheWorkbenchPaint, openReport, placeCursor, placeOf, revertAndCloseAllEditors, waitFor, waitForDiagnostics, waitForFirstDiagnostics } from './support';
import { canReachWebviews, clickInWebview, queryWebview, waitForWebview } from './webview';

const RECEIVED = '一、本年新收政府信息公开申请数量';
/** In 000, 一、本年新收's label is line 104, its seven numbers the lines after it: 自然人 31 … 总计 33. */
const NATURAL = new vscode.Range(105, 1, 105, 3);
const TOTAL = new vscode.Position(111, 1);
/** The blank 总计 of 8.属于行政查询事项: a TAB and nothing after it. */
const BLANK_TOTAL = new vscode.Position(228, 1);

/** A cell of 表三 in the view, by its official row and column. */
const cellOf3 = (row: string, column: string, more = '') => `section[data-table="3"] tr[data-row="${row}"] td[data-column="${column}"]${more}`;

describe('the table view', () => {
  before(async function () {
    // The view is a webview, in the browser page that only the code-server runner drives.
    if (!canReachWebviews) this.skip();
    // Room for the text and the view side by side (and no layout change under the mouse after a click).
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
  });
  after(() => vscode.commands.executeCommand('workbench.view.explorer'));
  afterEach(revertAndCloseAllEditors);

  it('000: marks the cell a wrong number breaks as it is typed; a click selects its text; the cursor’s cell is highlighted', async () => {
    const editor = await openReport('000', 'table-view');
    const { document } = editor;
    await waitForFirstDiagnostics(document.uri);
    await vscode.commands.executeCommand('govreport.showTableView');

    // 表三 as the official grid, from the cell-per-line text; the text keeps the focus.
    const [natural] = await waitForWebview(cellOf3(RECEIVED, '自然人'), 'the table view of 000');
    assert.equal(natural.text, '31');
    assert.equal(vscode.window.activeTextEditor?.document, document);

    // The drafter types 30 for 31: the view marks that cell, with the finding's message on hover.
    await editor.edit((edit) => edit.replace(NATURAL, '30'));
    const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => placeOf(d) === 'wrong-cell@105:1'), 'wrong-cell at 105:1');
    const wrong = diagnostics.find((d) => placeOf(d) === 'wrong-cell@105:1')!;
    const [marked] = await waitForWebview(cellOf3(RECEIVED, '自然人', '.severity-error'), 'the wrong cell marked in the view');
    assert.equal(marked.text, '30');
    assert.ok(marked.attributes.title.includes(wrong.message), `the cell's title: ${marked.attributes.title}`);
    // Besides it, only the blank 总计 000 already had is marked.
    const markedCells = await queryWebview('section[data-table="3"] td[class*="severity-"]');
    assert.deepEqual(markedCells.map((cell) => cell.attributes['data-name']), [`${RECEIVED} · 自然人`, '8.属于行政查询事项 · 总计']);

    // A click on the marked cell selects its text in the editor, which takes the focus.
    await placeCursor(editor, new vscode.Position(0, 0));
    await clickInWebview(cellOf3(RECEIVED, '自然人'));
    await waitFor(() => vscode.window.activeTextEditor?.selection.isEqual(wrong.range) === true, 'the clicked cell selected in the editor');
    assert.equal(vscode.window.activeTextEditor?.document, document);

    // The cursor moved in the text: the view highlights the cell it is in.
    await placeCursor(editor, TOTAL);
    const [current] = await waitForWebview(cellOf3(RECEIVED, '总计', '[aria-current="true"]'), 'the 总计 under the cursor highlighted');
    assert.equal(current.text, '33');
    assert.equal((await queryWebview('[aria-current="true"]')).length, 1);

    // For the README: the cursor on 000's blank 总计 further down; the view scrolls to it and explains it below the tables.
    await placeCursor(editor, BLANK_TOTAL);
    await waitForWebview(cellOf3('8.属于行政查询事项', '总计', '.blank[aria-current="true"]'), 'the blank 总计 under the cursor highlighted');
    await letTheWorkbenchPaint();
    await screenshot('07-table-view');
  });

  it('follows the active report editor', async () => {
    await openReport('000', 'table-view-follow');
    await vscode.commands.executeCommand('govreport.showTableView');
    await waitForWebview(cellOf3(RECEIVED, '自然人'), 'the table view of 000');
    const other = await openReport('003', 'table-view-follow');
    await waitForFirstDiagnostics(other.document.uri);
    // 003's 表二 has no row 规章, which 000's has.
    await waitForWebview('section[data-table="2"] tr.missing[data-row="规章"]', 'the table view of 003');
  });
});
