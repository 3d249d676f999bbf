// The insert-table command: pick a table in the quick pick, get the blank official table at the cursor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { screenshot } from './screenshot';
import {
  assertHasDiagnostic,
  letTheWorkbenchPaint,
  openReport,
  placeCursor,
  placesOf,
  revertAndCloseAllEditors,
  waitFor,
  waitForDiagnostics,
  waitForFirstDiagnostics,
} from './support';

describe('insert-table command', () => {
  afterEach(revertAndCloseAllEditors);

  it('004: picking 表三 writes the standard 表三 into the empty section 三, at the cursor', async () => {
    const editor = await openReport('004', 'insert-table');
    const { document } = editor;
    const before = await waitForFirstDiagnostics(document.uri);
    const emptySection = assertHasDiagnostic(before, 'empty-section@18:0');
    const cursor = document.lineAt(emptySection.range.start.line).range.end; // end of the heading 三、…
    await placeCursor(editor, cursor);

    let finished = false;
    void vscode.commands.executeCommand('govreport.insertTable').then(() => (finished = true));
    // The report's own format comes first: 表二, 表三, 表四 (2019), then the 2021 ones.
    await pickQuickPickItem(1, '05-insert-table');
    await waitFor(() => finished, 'the insert-table command to finish');

    const nextHeading = document.getText().indexOf('四、政府信息公开行政复议', document.offsetAt(cursor));
    const inserted = document.getText(new vscode.Range(cursor, document.positionAt(nextHeading)));
    assert.match(inserted, /^\s*（本列数据的勾稽关系为/);
    assert.match(inserted, /（七）总计/);
    const after = await waitForDiagnostics(
      document.uri,
      (diagnostics) => !placesOf(diagnostics).includes('empty-section@18:0'),
      'section 三 to be no longer empty',
    );
    const belowTheTable = document.positionAt(nextHeading).line;
    assert.deepEqual(placesOf(after), ['heading-sequence@9:0', 'image-table@17:0', `image-table@${belowTheTable + 1}:0`]);
  });
});

/**
 * Answers the quick pick a command is showing by picking the item `index` places below the first.
 * The extension host cannot see when a quick pick is open, so it gives the pick time to open and
 * the test checks what was picked. A screenshot shows the open pick.
 */
async function pickQuickPickItem(index: number, screenshotName: string): Promise<void> {
  await letTheWorkbenchPaint();
  await screenshot(screenshotName);
  for (let i = 0; i < index; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}
