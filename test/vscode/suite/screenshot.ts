// Screenshots of the workbench, taken on a test's request.
//
// The protocol: the tests run in the extension host (Node), the browser page belongs to the runner,
// and the only channel between them is the console: the extension host's console.log reaches the
// page console, which the code-server runner reads. So a test prints `@@screenshot <name>`; the runner
// saves the page as <GOVREPORT_SCREENSHOT_DIR>/<name>.png; the test waits until that file exists.
// The runner sets GOVREPORT_SCREENSHOT_DIR for code-server; the test-electron runner does not, and
// there screenshot() does nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitFor } from './waitFor';

export async function screenshot(name: string): Promise<void> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be a plain file name: ${name}`);
  const dir = process.env.GOVREPORT_SCREENSHOT_DIR;
  if (!dir) return;
  const file = path.join(dir, `${name}.png`);
  fs.rmSync(file, { force: true });
  console.log(`@@screenshot ${name}`);
  await waitFor(() => fs.existsSync(file), `screenshot ${file}`);
}
