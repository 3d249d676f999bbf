// Checking as the drafter types: a wrong total is flagged within a second and cleared when corrected.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openReport, placesOf, revertAndCloseAllEditors, waitForDiagnostics, waitForFirstDiagnostics } from './support';

/** What the server promises while typing: a small report is checked as the key goes down. */
const WITHIN_A_SECOND = 1_000;

describe('checking while typing', () => {
  afterEach(revertAndCloseAllEditors);

  for (const { table, rule, cell, correct } of [
    // 一、本年新收政府信息公开申请数量 · 总计 = 31 + 2 + 0 + 0 + 0 + 0
    { table: '表三', rule: 'wrong-cell', cell: new vscode.Range(111, 1, 111, 3), correct: '33' },
    // 行政诉讼（未经复议直接起诉） · 总计 = 0 + 0 + 2 + 0
    { table: '表四', rule: 'review-total', cell: new vscode.Range(387, 1, 387, 2), correct: '2' },
  ]) {
    it(`000: a wrong 总计 in ${table} raises ${rule} within a second; correcting it clears it`, async () => {
      const editor = await openReport('000', `typing-${rule}`);
      const { document } = editor;
      const original = placesOf(await waitForFirstDiagnostics(document.uri));
      assert.equal(document.getText(cell), correct);
      const error = `${rule}@${cell.start.line}:${cell.start.character}`;

      await editor.edit((edit) => edit.replace(cell, `${Number(correct) + 1}`));
      await waitForDiagnostics(document.uri, (d) => placesOf(d).includes(error), `${error}`, WITHIN_A_SECOND);
      await editor.edit((edit) => edit.replace(cell, correct));
      const corrected = await waitForDiagnostics(document.uri, (d) => !placesOf(d).includes(error), `${error} to clear`, WITHIN_A_SECOND);
      assert.deepEqual(placesOf(corrected), original);
    });
  }
});
