// Quiet where it is not wanted: a Markdown or text file that is no report activates the extension
// (VS Code cannot tell it from a report) but does not start the language server; a report does.
// This file must run first (index.ts runs the files in name order): any report opened before would
// have started the server already.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { workspaceDir } from './paths';
import { openReport, revertAndCloseAllEditors, waitFor, waitForActivation, waitForFirstDiagnostics } from './support';

describe('starting the language server', () => {
  afterEach(revertAndCloseAllEditors);

  it('notes.md and notes.txt do not start it; opening a report does', async function () {
    if (process.platform !== 'linux') this.skip(); // the server process is looked for in /proc
    for (const name of ['notes.md', 'notes.txt']) {
      const file = path.join(workspaceDir(), 'quiet', name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '# 会议纪要\n\n一、总体情况\n\n参会 12 人。\n');
      await vscode.window.showTextDocument(vscode.Uri.file(file));
    }
    await waitForActivation();
    // Activation has finished; give a server that was wrongly started the time to show up.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    assert.equal(languageServerRunning(), false, 'the language server started for notes');

    const { document } = await openReport('000', 'quiet');
    await waitForFirstDiagnostics(document.uri);
    await waitFor(languageServerRunning, 'the language server process');
  });
});

/** Whether a child of this extension host runs govreport's dist/server.js. */
function languageServerRunning(): boolean {
  return fs.readdirSync('/proc').some((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Field 4, after the command name in parentheses (which may hold spaces), is the parent's pid.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return parent === process.pid && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.join('dist', 'server.js'));
    } catch {
      return false; // the process ended meanwhile
    }
  });
}
