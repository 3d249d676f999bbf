// A GB18030 report, as Chinese Windows saves it, opened by an editor that assumes UTF-8: one
// diagnostic says so, and its quick fix reopens the file as GB18030, which is then checked.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { repoRoot, workspaceDir } from './paths';
import { placesOf, revertAndCloseAllEditors, ruleOf, waitFor, waitForDiagnostics } from './support';

describe('a GB18030 report opened as UTF-8', () => {
  afterEach(revertAndCloseAllEditors);

  it('gets one diagnostic at the top; its quick fix reopens the file as GB18030', async () => {
    const file = path.join(workspaceDir(), 'encoding', '2022年政府信息公开工作年度报告.txt');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'hostile', 'gb18030.txt'), file);
    const { document } = await vscode.window.showTextDocument(vscode.Uri.file(file));
    assert.ok(document.getText().includes('\uFFFD'), 'the editor decoded the file as UTF-8');

    const [diagnostic] = await waitForDiagnostics(document.uri, (ds) => ds.length > 0, 'the encoding diagnostic', 20_000);
    assert.deepEqual(placesOf(vscode.languages.getDiagnostics(document.uri)), ['encoding@0:0']);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const reopen = actions.find((a) => a.command?.command === 'govreport.reopenAsGb18030');
    assert.ok(reopen?.command, `no reopen action among: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(reopen.command.command, ...(reopen.command.arguments ?? []));

    const reopened = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString());
    await waitFor(() => reopened()?.getText().includes('政府信息公开') === true, 'the text decoded as GB18030');
    await waitForDiagnostics(
      document.uri,
      (ds) => ds.length > 0 && !ds.some((d) => ruleOf(d) === 'encoding'),
      'the report’s own diagnostics instead of the encoding one',
    );
  });
});
