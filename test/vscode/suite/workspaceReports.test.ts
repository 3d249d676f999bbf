// Reports as files on disk (named to run last: Check all reports leaves a file watcher behind it):
// a PDF opened as report text, and every report of the folder in the Problems panel, open or not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { repoRoot, workspaceDir } from './paths';
import { copyReport, corpusFile, placesOf, revertAndCloseAllEditors, ruleOf, waitFor, waitForDiagnostics } from './support';

/** A 2024 report whose 表三 still has a 2019 row: `format-version`, on page 4, line 10. */
function copyPdf(folder: string): vscode.Uri {
  const file = path.join(workspaceDir(), folder, 'hongze-qzf-2024.pdf');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'samples', 'published', 'pdf', 'hongze-qzf-2024.pdf'), file);
  return vscode.Uri.file(file);
}

const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
const isFormatVersion = (d: vscode.Diagnostic) => ruleOf(d) === 'format-version';
const hasFormatVersion = (diagnostics: vscode.Diagnostic[]) => diagnostics.some(isFormatVersion);

describe('reports on disk', () => {
  afterEach(revertAndCloseAllEditors);

  it('Open as report text: a PDF becomes an untitled report document, checked as any other', async () => {
    const pdf = copyPdf('open-as-text');
    await vscode.commands.executeCommand('govreport.openAsReportText', pdf);
    const active = () => vscode.window.activeTextEditor?.document;
    await waitFor(() => active()?.languageId === 'govreport', 'the report text in an editor', 30_000);
    const document = active()!;
    assert.equal(document.uri.scheme, 'untitled');
    assert.match(document.getText(), /^淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n/);
    const diagnostics = await waitForDiagnostics(document.uri, hasFormatVersion, 'format-version in the report text', 30_000);
    assert.ok(diagnostics.find(isFormatVersion)!.range.start.line > 0, 'at its row of the report text');
  });

  it('Check all reports in this folder: the Problems panel holds reports never opened, in step with the disk', async () => {
    const pdf = copyPdf('check-folder');
    const draft = copyReport('002', 'check-folder', 'draft.txt');
    await vscode.commands.executeCommand('govreport.checkFolder');
    assert.ok(!isOpen(pdf) && !isOpen(draft), 'neither file was opened');

    const [finding] = (await waitForDiagnostics(pdf, hasFormatVersion, 'the PDF’s format-version')).filter(isFormatVersion);
    assert.deepEqual([finding.range.start.line, finding.range.start.character], [0, 0]);
    assert.match(finding.message, /\(page 4, line 10\)$|（第 4 页第 10 行）$/);
    const before = placesOf(await waitForDiagnostics(draft, (ds) => ds.some((d) => ruleOf(d) === 'blank-cell'), 'the draft’s blank cells'));

    // Another report written over the draft: its diagnostics follow. The PDF deleted: its go.
    fs.copyFileSync(corpusFile('003'), draft.fsPath);
    await waitForDiagnostics(draft, (ds) => ds.length > 0 && placesOf(ds).join() !== before.join(), 'the new text’s diagnostics', 20_000);
    fs.rmSync(pdf.fsPath);
    await waitForDiagnostics(pdf, (ds) => ds.length === 0, 'the deleted PDF’s diagnostics to go', 20_000);
    assert.ok(!isOpen(draft));
  });
});

