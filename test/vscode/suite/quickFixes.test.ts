// Fixing what the checker found, the ways a drafter does: a quick fix on one diagnostic, and
// fix-all when saving with editor.codeActionsOnSave.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { screenshot } from './screenshot';
import {
  assertHasDiagnostic,
  letTheWorkbenchPaint,
  openReport,
  placeCursor,
  placeOf,
  placesOf,
  revertAndCloseAllEditors,
  ruleOf,
  setWorkspaceSetting,
  waitFor,
  waitForDiagnostics,
  waitForFirstDiagnostics,
} from './support';

describe('quick fixes', () => {
  afterEach(revertAndCloseAllEditors);

  it('000: the fix of the blank 总计 at 228 fills it and removes that diagnostic, and only that one', async () => {
    const editor = await openReport('000', 'blank-cell-fix');
    const { document } = editor;
    const before = await waitForFirstDiagnostics(document.uri);
    const blankTotal = assertHasDiagnostic(before, 'blank-cell@228:0');

    // The light-bulb menu as the drafter sees it on the cell.
    await placeCursor(editor, blankTotal.range.start);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await letTheWorkbenchPaint();
    await screenshot('03-quickfix');
    await vscode.commands.executeCommand('hideCodeActionWidget');

    assert.ok(await vscode.workspace.applyEdit(await quickFixEdit(document.uri, blankTotal)));
    const after = await waitForDiagnostics(
      document.uri,
      (diagnostics) => !placesOf(diagnostics).includes('blank-cell@228:0'),
      'the blank-cell diagnostic to go',
    );
    assert.equal(document.lineAt(228).text, '\t0');
    assert.deepEqual(placesOf(after), placesOf(before).filter((place) => place !== 'blank-cell@228:0'));
  });

  it('004: the fix of the image 表二 inserts the standard table, which checks clean', async () => {
    const { document } = await openReport('004', 'image-table-fix');
    const before = await waitForFirstDiagnostics(document.uri);
    assert.deepEqual(placesOf(before), ['heading-sequence@9:0', 'image-table@17:0', 'empty-section@18:0', 'image-table@20:0']);
    const imageLine = 17;
    const imageOfTable2 = assertHasDiagnostic(before, `image-table@${imageLine}:0`);
    const lineCountBefore = document.lineCount;

    assert.ok(await vscode.workspace.applyEdit(await quickFixEdit(document.uri, imageOfTable2)));
    // The image's line became the table's lines: everything below moved down by `added`.
    const added = document.lineCount - lineCountBefore;
    assert.match(document.lineAt(imageLine).text, /^第二十条第（一）项/);
    const after = await waitForDiagnostics(
      document.uri,
      (diagnostics) => !placesOf(diagnostics).includes(`image-table@${imageLine}:0`),
      'the image-table diagnostic of 表二 to go',
    );
    // No diagnostic inside the new table, and those below it only moved.
    assert.deepEqual(placesOf(after), [
      'heading-sequence@9:0',
      `empty-section@${18 + added}:0`,
      `image-table@${20 + added}:0`,
    ]);
    assert.match(after[2].message, /表四/);
  });

  it('002: “turn off blank-cell” writes a .govreport.json beside the report and the rule goes quiet', async () => {
    const { document } = await openReport('002', 'turn-off-rule');
    const before = await waitForFirstDiagnostics(document.uri);
    const blank = before.find((d) => ruleOf(d) === 'blank-cell');
    assert.ok(blank, '002 has blank cells');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      blank.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const turnOff = actions.find((a) => a.title.includes('blank-cell') && a.title.includes('.govreport.json'));
    assert.ok(turnOff?.edit, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    // As the light bulb applies it: a refactoring, which VS Code saves (files.refactoring.autoSave).
    assert.ok(await vscode.workspace.applyEdit(turnOff.edit, { isRefactoring: true }));
    const configFile = path.join(path.dirname(document.uri.fsPath), '.govreport.json');
    await waitFor(() => fs.existsSync(configFile) && fs.readFileSync(configFile, 'utf8').includes('blank-cell'), 'the .govreport.json on disk');
    assert.deepEqual(JSON.parse(fs.readFileSync(configFile, 'utf8')), { rules: { 'blank-cell': 'off' } });
    const after = await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'blank-cell'), 'blank-cell to go');
    assert.deepEqual(placesOf(after), placesOf(before).filter((place) => !place.startsWith('blank-cell@')));
  });

  it('002: the command “govreport: Fix all” fills every blank cell and normalises the padded numbers', async () => {
    const { document } = await openReport('002', 'fix-all-command');
    const before = await waitForFirstDiagnostics(document.uri);
    assert.ok(before.some((d) => ruleOf(d) === 'malformed-number'));
    await vscode.commands.executeCommand('govreport.fixAll');
    const after = await waitForDiagnostics(
      document.uri,
      (diagnostics) => !diagnostics.some((d) => ruleOf(d) === 'blank-cell'),
      'the blank cells to be filled',
    );
    // Left: section 六 has no text, which only the drafter can write.
    assert.deepEqual(placesOf(after), ['empty-section@403:0']);
    assert.ok(document.isDirty, 'fixed in the editor, for the drafter to save');
  });

  describe('with editor.codeActionsOnSave: { "source.fixAll.govreport": "explicit" }', () => {
    before(async () => {
      await setWorkspaceSetting('editor', 'codeActionsOnSave', { 'source.fixAll.govreport': 'explicit' }, 'govreport');
      // code-server saves a second after each change by default. Such an automatic save runs no
      // code actions, and an explicit save that comes while it runs joins it instead of starting anew.
      await setWorkspaceSetting('files', 'autoSave', 'off');
    });
    after(async () => {
      await setWorkspaceSetting('editor', 'codeActionsOnSave', undefined, 'govreport');
      await setWorkspaceSetting('files', 'autoSave', undefined);
    });

    it('002: saving fills every blank cell and normalises the padded numbers', async () => {
      const editor = await openReport('002', 'fix-all-on-save');
      const { document } = editor;
      const before = await waitForFirstDiagnostics(document.uri);
      assert.ok(before.filter((d) => ruleOf(d) === 'blank-cell').length > 100);
      const emptySectionSix = assertHasDiagnostic(before, 'empty-section@403:0');

      // The drafter writes 无。 under section 六, which no fix does for them, and saves (Ctrl+S).
      await editor.edit((edit) => edit.insert(new vscode.Position(emptySectionSix.range.start.line + 1, 0), '无。'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      const after = await waitForDiagnostics(
        document.uri,
        (diagnostics) => !diagnostics.some((d) => ruleOf(d) === 'blank-cell'),
        'the blank cells to be filled on save',
      );
      assert.deepEqual(placesOf(after), []);
      assert.equal(document.isDirty, false, 'the fixes were saved too');
    });
  });
});

/** The edit of the diagnostic's preferred quick fix, as the light bulb offers it. */
async function quickFixEdit(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.WorkspaceEdit> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  // VS Code's command leaves out each action's diagnostics: the preferred action at the range is the fix.
  const preferred = actions.filter((a) => a.isPreferred);
  assert.equal(preferred.length, 1, `one preferred fix for ${placeOf(diagnostic)}, not: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(preferred[0].edit, `${preferred[0].title} has no edit`);
  return preferred[0].edit;
}
