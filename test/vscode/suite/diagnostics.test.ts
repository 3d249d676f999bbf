// Opening the corpus reports: the extension starts, the documents get the `govreport` language and
// the faults FORMAT.md lists, at the ranges the command-line checker gives for the same files.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { repoRoot, workspaceDir } from './paths';
import { screenshot } from './screenshot';
import {
  assertHasDiagnostic,
  copyReport,
  corpusFile,
  languageOf,
  letTheWorkbenchPaint,
  openReport,
  placesOf,
  revertAndCloseAllEditors,
  ruleOf,
  setWorkspaceSetting,
  waitFor,
  waitForActivation,
  waitForDiagnostics,
  waitForFirstDiagnostics,
  type CorpusId,
} from './support';

describe('diagnostics', () => {
  afterEach(revertAndCloseAllEditors);

  it('000: opening a report activates the extension; item-change at 45:1 and the blank 总计 at 228:0', async () => {
    const editor = await openReport('000', 'diagnostics');
    await waitForActivation();

    const diagnostics = await diagnosticsAsTheCommandLineGives('000', editor.document.uri);
    assertHasDiagnostic(diagnostics, 'item-change@45:1'); // 其他对外管理服务事项 7347 减少179 7258
    assertHasDiagnostic(diagnostics, 'blank-cell@228:0'); // 8.属于行政查询事项 · 总计
  });

  it('001: malformed-number “31 .3” at 12:39', async () => {
    const editor = await openReport('001', 'diagnostics');
    const diagnostics = await diagnosticsAsTheCommandLineGives('001', editor.document.uri);
    assertHasDiagnostic(diagnostics, 'malformed-number@12:39');
  });

  it('002: blank cells in 表三, full-width spaces in 表二, empty section 六', async () => {
    const editor = await openReport('002', 'diagnostics');
    const diagnostics = await diagnosticsAsTheCommandLineGives('002', editor.document.uri);
    assertHasDiagnostic(diagnostics, 'malformed-number@22:1'); // “　　0”
    assertHasDiagnostic(diagnostics, 'blank-cell@107:1'); // 一、本年新收 · 商业企业
    assertHasDiagnostic(diagnostics, 'empty-section@403:0');
    const blanks = diagnostics.filter((d) => ruleOf(d) === 'blank-cell');
    assert.ok(blanks.length > 100, `only ${blanks.length} blank cells`);
  });

  it('003: mixed format versions, eight numbers for seven columns, a unit in a cell (with the Problems panel)', async () => {
    const editor = await openReport('003', 'diagnostics');
    const diagnostics = await diagnosticsAsTheCommandLineGives('003', editor.document.uri);
    for (const place of [
      'format-version@19:5', // a 2021 header in a 2019 table
      'format-version@20:0',
      'malformed-number@34:10', // 2500 万
      'column-count@61:10', // （六）其他处理
      'column-count@62:8', // （七）总计
    ]) {
      assertHasDiagnostic(diagnostics, place);
    }

    editor.revealRange(new vscode.Range(16, 0, 16, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Only this file's problems, not those of every report opened before; toggled back after.
    const toggleActiveFileOnly = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';
    await vscode.commands.executeCommand(toggleActiveFileOnly);
    await letTheWorkbenchPaint();
    await screenshot('01-diagnostics');
    await vscode.commands.executeCommand(toggleActiveFileOnly);
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('004: tables that are images, an empty section, a repeated sub-heading', async () => {
    const editor = await openReport('004', 'diagnostics');
    const diagnostics = await diagnosticsAsTheCommandLineGives('004', editor.document.uri);
    assertHasDiagnostic(diagnostics, 'heading-sequence@9:0'); // （二） twice in section 一
    assertHasDiagnostic(diagnostics, 'image-table@17:0'); // 表二
    assertHasDiagnostic(diagnostics, 'empty-section@18:0'); // 三
    assertHasDiagnostic(diagnostics, 'image-table@20:0'); // 表四
  });

  it('a rule id links to the rule’s page shipped with the extension, which opens in the editor', async () => {
    const editor = await openReport('001', 'rule-page');
    const diagnostic = assertHasDiagnostic(await waitForFirstDiagnostics(editor.document.uri), 'malformed-number@12:39');
    const { code } = diagnostic;
    assert.ok(typeof code === 'object', 'the rule id carries a link');
    const extension = await waitForActivation();
    // Inside the installed extension, not on a web site an agency intranet cannot reach.
    assert.equal(code.target.scheme, 'file');
    assert.equal(code.target.fsPath, path.join(extension.extensionPath, 'docs', 'rules', 'malformed-number.md'));

    // What a click on the id in the hover or the Problems panel does.
    await vscode.commands.executeCommand('vscode.open', code.target);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.fsPath === code.target.fsPath, 'the rule page in an editor');
    assert.match(vscode.window.activeTextEditor!.document.getText(), /malformed-number/);
  });

  it('a report saved as plain .txt is detected, switched to govreport and checked', async () => {
    const uri = copyReport('000', 'detection', '000.txt');
    await vscode.window.showTextDocument(uri);
    await waitFor(() => languageOf(uri) === 'govreport', 'the .txt report to switch to govreport');
    const diagnostics = await waitForFirstDiagnostics(uri);
    assert.deepEqual(placesOf(diagnostics), ['item-change@45:1', 'blank-cell@228:0']);
  });

  it('a plain .txt that is not a report stays plaintext and gets no diagnostics', async () => {
    const file = path.join(workspaceDir(), 'detection', 'notes.txt');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '会议纪要\n\n一、总体情况\n参会人员 12 人，其中 　3 人请假。\n\n二、下一步工作\n\t\t\n');
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(file));
    await waitForActivation(); // else a broken extension would pass this test
    // The server answers a request only after checking the document's text, so once the outline
    // request returns, any diagnostics of that check would have been published.
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.equal(languageOf(editor.document.uri), 'plaintext');
    assert.deepEqual(placesOf(vscode.languages.getDiagnostics(editor.document.uri)), []);
  });

  it('000 with last year’s report beside it: a 上年结转 that last year did not carry forward is flagged', async () => {
    // Last year's report of the same agency, which carried 2 forward from 自然人.
    const thisYear = fs.readFileSync(corpusFile('000'), 'utf8');
    const lastYear = thisYear.replace(/2020年/g, '2019年');
    const cell = lastYear.indexOf('\t0', lastYear.indexOf('四、结转下年度继续办理'));
    const folder = path.join(workspaceDir(), 'two-years');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, '2019年报.txt'), `${lastYear.slice(0, cell)}\t2${lastYear.slice(cell + 2)}`);
    const editor = await openReport('000', 'two-years', '2020年报.govreport.txt');
    const diagnostics = await waitForDiagnostics(
      editor.document.uri,
      (ds) => ds.some((d) => ruleOf(d) === 'carried-over'),
      'the carried-over warning',
      20_000,
    );
    const carried = diagnostics.filter((d) => ruleOf(d) === 'carried-over');
    assert.equal(carried.length, 1);
    assert.equal(carried[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.getText(carried[0].range), '0');
    assert.match(editor.document.lineAt(carried[0].range.start.line - 1).text, /上年结转/);
    assert.match(carried[0].message, /2019年报\.txt/);
  });

  describe('with the setting govreport.language', () => {
    after(() => setWorkspaceSetting('govreport', 'language', undefined));

    it('zh-cn gives Chinese messages, en English ones', async () => {
      const { document } = await openReport('001', 'language');
      await waitForFirstDiagnostics(document.uri);
      const malformedMessage = (pattern: RegExp) => (diagnostics: vscode.Diagnostic[]) =>
        diagnostics.some((d) => ruleOf(d) === 'malformed-number' && pattern.test(d.message));

      await setWorkspaceSetting('govreport', 'language', 'zh-cn');
      await waitForDiagnostics(document.uri, malformedMessage(/不是规范的数字/), 'the message in Chinese');
      await setWorkspaceSetting('govreport', 'language', 'en');
      await waitForDiagnostics(document.uri, malformedMessage(/is not a well-formed number/), 'the message in English');
    });
  });
});

/**
 * Asserts the document is a govreport one, waits for its diagnostics and asserts they are what
 * `govreport check --format json` says of the same corpus file: rules, severities, ranges and messages, in the editor's language.
 */
async function diagnosticsAsTheCommandLineGives(id: CorpusId, uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  assert.equal(languageOf(uri), 'govreport');
  const diagnostics = await waitForFirstDiagnostics(uri);
  const inEditor = diagnostics.map((d) =>
    comparable({ rule: ruleOf(d), severity: vscode.DiagnosticSeverity[d.severity].toLowerCase(), message: d.message, range: d.range }),
  );
  assert.deepEqual(inEditor, checkWithCli(corpusFile(id)).map(comparable));
  return diagnostics;
}

interface PlainDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** A plain object to compare: a vscode.Range is never deep-equal to the CLI's JSON range. */
function comparable({ rule, severity, message, range: { start, end } }: PlainDiagnostic) {
  return { rule, severity, message, range: [start.line, start.character, end.line, end.character] };
}

/** The clone's dist/cli.js, in the message language `govreport.language: auto` gives the editor. */
function checkWithCli(file: string): PlainDiagnostic[] {
  const language = vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
  const cli = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', '--lang', language, file],
    // In desktop VS Code process.execPath is Electron; this makes it behave as Node.
    { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
  );
  assert.ok(cli.status === 0 || cli.status === 1, `the CLI failed (${cli.status}): ${cli.stderr}`);
  const [result] = JSON.parse(cli.stdout) as [{ diagnostics: PlainDiagnostic[] }];
  return result.diagnostics;
}
