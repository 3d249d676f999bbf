// Finding one's way in a long report: the outline, folding, and hovering a total to see its sum.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SECTION_HEADINGS_000 } from '../../corpusHeadings';
import { screenshot } from './screenshot';
import { letTheWorkbenchPaint, openReport, placeCursor, revertAndCloseAllEditors, waitForFirstDiagnostics } from './support';

describe('outline, folding and hover', () => {
  afterEach(revertAndCloseAllEditors);

  /** 000 opened, once the server has checked it (so its providers answer for a report). */
  async function openReport000(): Promise<vscode.TextEditor> {
    const editor = await openReport('000', 'navigation');
    await waitForFirstDiagnostics(editor.document.uri);
    return editor;
  }

  it('000: the outline has the six sections in order, each table under its section', async () => {
    const { document } = await openReport000();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    assert.deepEqual(
      symbols.map((section) => section.name),
      SECTION_HEADINGS_000,
    );
    const tablesBySection = symbols.map((section) =>
      section.children.filter((child) => child.kind === vscode.SymbolKind.Struct).map((table) => table.name),
    );
    assert.deepEqual(tablesBySection, [
      [],
      ['表二 主动公开政府信息情况'],
      ['表三 收到和处理政府信息公开申请情况'],
      ['表四 政府信息公开行政复议、行政诉讼情况'],
      [],
      [],
    ]);

    // The Outline opens as a short pane below the Explorer's folder tree. For the screenshot the
    // tree moves out to the Search side bar (VS Code's own tests move views with this command).
    const moveFolderTreeTo = (destinationId: string) =>
      vscode.commands.executeCommand('vscode.moveViews', { viewIds: ['workbench.explorer.fileView'], destinationId });
    await moveFolderTreeTo('workbench.view.search');
    await vscode.commands.executeCommand('outline.focus');
    await letTheWorkbenchPaint();
    await screenshot('04-outline');
    await moveFolderTreeTo('workbench.view.explorer');
  });

  it('000: each section and each table folds', async () => {
    const { document } = await openReport000();
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
      'vscode.executeFoldingRangeProvider',
      document.uri,
    );
    // Section by section: 一, 二 and 表二, 三 and 表三, 四 and 表四, 五, 六.
    assert.deepEqual(
      ranges.map((range) => `${range.start}-${range.end}`),
      ['5-8', '10-82', '11-82', '86-345', '87-345', '349-392', '351-392', '395-402', '403-404'],
    );
  });

  it('000: hovering a 总计 shows the sum it should be, with ✓ when it is', async () => {
    const editor = await openReport000();
    const total = new vscode.Position(111, 1); // 一、本年新收政府信息公开申请数量 · 总计: 33
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      total,
    );
    const text = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : content.value))
      .join('\n');
    assert.match(text, /行总计: 33 = 31 \+ 2 \+ 0 \+ 0 \+ 0 \+ 0 ✓/);
    assert.match(text, /一 \+ 二 = （七） \+ 四: 33 \+ 0 = 33 \+ 0 ✓/);

    await placeCursor(editor, total);
    await vscode.commands.executeCommand('editor.action.showHover');
    await letTheWorkbenchPaint();
    await screenshot('02-hover');
  });
});
