// Where a user names rules — .govreport.json and the govreport.rules setting — VS Code's own JSON
// support completes the rule ids and flags a misspelt one, from the schemas the extension contributes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { workspaceDir } from './paths';
import { waitFor } from './support';

/** The JSON language server starts on the first JSON document; give it time. */
const JSON_SERVICE_MS = 30_000;

function writeWorkspaceFile(relative: string, text: string): vscode.Uri {
  const file = path.join(workspaceDir(), relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

/**
 * The labels VS Code completes at the `|` of `text`, typed (unsaved) into the file at `relative`,
 * which is created empty if it does not exist. The edit is reverted afterwards.
 */
async function completionsAt(relative: string, text: string): Promise<string[]> {
  const file = path.join(workspaceDir(), relative);
  if (!fs.existsSync(file)) writeWorkspaceFile(relative, '{}\n');
  const editor = await vscode.window.showTextDocument(vscode.Uri.file(file));
  const { document } = editor;
  try {
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    await editor.edit((edit) => edit.replace(whole, text.replace('|', '')));
    const position = document.positionAt(text.indexOf('|'));
    let labels: string[] = [];
    // The first requests may come before the schema is loaded: ask until the rule ids are there.
    await waitFor(
      () => labels.some((l) => l.includes('blank-cell')),
      `rule ids in the completions of ${relative}`,
      JSON_SERVICE_MS,
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
        labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      },
    );
    return labels;
  } finally {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

describe('configuration', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('.govreport.json: the rule ids are completed and a misspelt one is flagged', async () => {
    const labels = await completionsAt('config-completion/.govreport.json', '{ "rules": { | } }');
    assert.ok(labels.some((l) => l.includes('row-total')), `completions: ${labels.join(', ')}`);

    const misspelt = writeWorkspaceFile('config-misspelt/.govreport.json', '{ "rules": { "blank-cells": "off" } }\n');
    await vscode.window.showTextDocument(misspelt);
    await waitFor(
      () => vscode.languages.getDiagnostics(misspelt).some((d) => d.message.includes('blank-cells')),
      'a diagnostic on "blank-cells"',
      JSON_SERVICE_MS,
    );
  });

  it('the govreport.rules setting completes the rule ids in settings.json', async () => {
    // The workspace's settings file, which other tests write through the configuration API: only typed into, then reverted.
    const labels = await completionsAt('.vscode/settings.json', '{ "govreport.rules": { | } }');
    assert.ok(labels.some((l) => l.includes('missing-section')), `completions: ${labels.join(', ')}`);
  });
});
