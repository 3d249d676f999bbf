// The smallest end-to-end check: a real report opens as a govreport document and the extension starts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { corpusDir, workspaceDir } from './paths';
import { screenshot } from './screenshot';
import { waitFor } from './waitFor';

describe('smoke', () => {
  it('opens a corpus report as govreport and activates the extension', async () => {
    const source = fs.readdirSync(corpusDir).find((name) => name.startsWith('000_'));
    assert.ok(source, `no 000_*.txt in ${corpusDir}`);
    const file = path.join(workspaceDir(), '000.govreport.txt');
    fs.copyFileSync(path.join(corpusDir, source), file);

    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'govreport');

    const extension = vscode.extensions.getExtension('govreport.govreport');
    assert.ok(extension, 'extension govreport.govreport is not installed');
    await waitFor(() => extension.isActive, 'the extension to activate');
    // isActive is true even when activation failed (say, its main file is missing); activate() then rejects.
    await extension.activate();
    console.log(`govreport ${extension.packageJSON.version} active, from ${extension.extensionPath}`);
    await screenshot('smoke-opened');
  });
});
