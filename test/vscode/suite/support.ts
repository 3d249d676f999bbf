// What the feature tests share: copies of corpus reports in the workspace, reading and waiting for
// diagnostics, settings, and leaving the workbench as a test found it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { corpusDir, workspaceDir } from './paths';
import { waitFor } from './waitFor';

export { waitFor };

const EXTENSION_ID = 'govreport.govreport';

/** The five sample drafts in samples/drafts, by the number their file names start with. */
export type CorpusId = '000' | '001' | '002' | '003' | '004';

export function corpusFile(id: CorpusId): string {
  const name = fs.readdirSync(corpusDir).find((n) => n.startsWith(`${id}_`));
  if (!name) throw new Error(`no ${id}_*.txt in ${corpusDir}`);
  return path.join(corpusDir, name);
}

/**
 * Copies a corpus report into a folder of the workspace named by the test, so that no test
 * opens a document another test has changed. Named `NNN.govreport.txt` unless told otherwise.
 */
export function copyReport(id: CorpusId, folder: string, fileName = `${id}.govreport.txt`): vscode.Uri {
  const dir = path.join(workspaceDir(), folder);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, fileName);
  fs.copyFileSync(corpusFile(id), file);
  return vscode.Uri.file(file);
}

/** Copies a corpus report (see copyReport) and shows it in an editor. */
export async function openReport(id: CorpusId, folder: string, fileName?: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(copyReport(id, folder, fileName));
}

/** The language of the open document at `uri`: switching language replaces the TextDocument object. */
export function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

/** The rule id of a govreport diagnostic, which carries a link to the rule's page along with it. */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const { code } = diagnostic;
  return String(typeof code === 'object' ? code.value : code);
}

/** `rule@line:character` (0-based, as VS Code counts), the form the tests assert diagnostics in. */
export function placeOf(diagnostic: vscode.Diagnostic): string {
  const { line, character } = diagnostic.range.start;
  return `${ruleOf(diagnostic)}@${line}:${character}`;
}

export function placesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(placeOf);
}

/** The diagnostics of `uri` once `condition` holds of them, which VS Code announces by an event. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  condition: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!condition(diagnostics)) return;
      stop();
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      stop();
      const now = placesOf(vscode.languages.getDiagnostics(uri)).join(', ') || 'none';
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now: ${now}`));
    }, timeoutMs);
    const stop = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/**
 * Waits for govreport to be active, as opening a report makes it. Rejects as soon as activation
 * has failed (isActive is true then too), so that a broken extension fails each test at once.
 */
export async function waitForActivation(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  await waitFor(() => extension.isActive, 'the extension to activate', 20_000);
  await extension.activate();
  return extension;
}

/** Waits for the first diagnostics of a report just opened (the language server may still be starting). */
export async function waitForFirstDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  await waitForActivation();
  return waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0, `diagnostics of ${path.basename(uri.fsPath)}`, 20_000);
}

export function assertHasDiagnostic(diagnostics: readonly vscode.Diagnostic[], place: string): vscode.Diagnostic {
  const found = diagnostics.find((d) => placeOf(d) === place);
  assert.ok(found, `expected ${place} among: ${placesOf(diagnostics).join(', ') || 'none'}`);
  return found;
}

/** Sets (or with `undefined` removes) a setting in the workspace's .vscode/settings.json. */
export async function setWorkspaceSetting(
  section: string,
  key: string,
  value: unknown,
  languageId?: string,
): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined);
  await configuration.update(key, value, vscode.ConfigurationTarget.Workspace, languageId !== undefined);
}

/** Closes every editor without saving: closing a changed one would open a dialog nobody answers. */
export async function revertAndCloseAllEditors(): Promise<void> {
  // Editors only: VS Code itself keeps documents open unseen, such as a settings.json it is writing.
  const changed = vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.isDirty && tab.input instanceof vscode.TabInputText)
    .map((tab) => (tab.input as vscode.TabInputText).uri);
  for (const uri of changed) {
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Puts the cursor at `position` and scrolls it into the middle of the editor, as a click there would. */
export async function placeCursor(editor: vscode.TextEditor, position: vscode.Position): Promise<void> {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  // Scrolling closes hovers and menus: let it finish before a test opens one.
  await waitFor(() => editor.visibleRanges.some((range) => range.contains(position)), 'the cursor to scroll into view');
}

/**
 * Time for the workbench to draw a widget the extension host cannot observe (a hover, a menu)
 * before a screenshot of it.
 */
export function letTheWorkbenchPaint(ms = 1_500): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
