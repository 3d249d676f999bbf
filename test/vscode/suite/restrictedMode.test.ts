// A folder from an e-mail opens in Restricted Mode (an untrusted workspace): the extension runs no
// workspace code, so it declares itself supported there, and the report is still checked.
// Only the restricted-mode run of run.ts opens an untrusted folder (GOVREPORT_RESTRICTED_MODE=1);
// test-electron always disables workspace trust, so there this run does not exist.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assertHasDiagnostic, openReport, revertAndCloseAllEditors, waitForFirstDiagnostics } from './support';

describe('restricted mode', () => {
  afterEach(revertAndCloseAllEditors);

  it('in an untrusted folder a report is still checked', async function () {
    if (process.env.GOVREPORT_RESTRICTED_MODE !== '1') this.skip();
    assert.equal(vscode.workspace.isTrusted, false, 'the folder should be untrusted in this run');
    const editor = await openReport('001', 'restricted');
    assertHasDiagnostic(await waitForFirstDiagnostics(editor.document.uri), 'malformed-number@12:39');
  });
});
