import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { modify } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import { t } from '../core/index';
import { CONFIG_FILE_NAME, loadConfigFor } from '../node/configFile';
import { SOURCE } from './protocol';

/**
 * "Turn off <rule> in .govreport.json": one click silences a rule for the reports
 * of a folder, in the editor and on the command line alike. It edits the
 * `.govreport.json` that applies to the report, or creates one beside it when
 * the client can create files.
 */
export function turnOffRuleActions(uri: string, diagnostics: Diagnostic[], canCreateFiles: boolean): CodeAction[] {
  const ours = diagnostics.filter((d) => d.source === SOURCE && d.code !== undefined);
  if (!uri.startsWith('file:') || ours.length === 0) return [];
  const report = fileURLToPath(uri);
  const { file } = loadConfigFor(report);
  const text = file && readFileSync(file, 'utf8');
  // A file that is not a JSON object is the drafter's to repair, not ours to edit.
  if (file ? !isJsonObject(text!) : !canCreateFiles) return [];
  const rules = [...new Set(ours.map((d) => String(d.code)))];
  return rules.map((rule) => ({
    title: t('Turn off {0} in {1}', rule, CONFIG_FILE_NAME),
    kind: CodeActionKind.QuickFix,
    diagnostics: ours.filter((d) => String(d.code) === rule),
    edit: file ? editConfigFile(file, text!, rule) : createConfigFile(join(dirname(report), CONFIG_FILE_NAME), rule),
  }));
}

/** Sets `rules.<rule>` to `off`, touching only that entry (and the `rules` object if there is none). */
function editConfigFile(file: string, text: string, rule: string): WorkspaceEdit {
  const uri = pathToFileURL(file).href;
  const document = TextDocument.create(uri, 'json', 0, text);
  const edits = modify(text, ['rules', rule], 'off', { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  return {
    changes: {
      [uri]: edits.map((e) => ({
        range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) },
        newText: e.content,
      })),
    },
  };
}

function createConfigFile(file: string, rule: string): WorkspaceEdit {
  const uri = pathToFileURL(file).href;
  const text = `${JSON.stringify({ rules: { [rule]: 'off' } }, null, 2)}\n`;
  const start = { line: 0, character: 0 };
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: text }] },
    ],
  };
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
