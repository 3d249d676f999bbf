// The tests module VS Code loads into the extension host, bundled to dist/test/vscode/suite/index.js.
// Both runners (code-server and test-electron) call run(); the run fails when its promise rejects.
// It runs every *.test.js bundle beside it, so adding a test is adding a *.test.ts file to this folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // The restricted-mode run (run.ts) opens an untrusted folder and runs only the tests written for it.
  const grep = process.env.GOVREPORT_RESTRICTED_MODE === '1' ? /^restricted mode / : undefined;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, grep });
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js'));
  for (const name of files.sort()) mocha.addFile(path.join(__dirname, name));

  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  // A closing line that CI reads as the test count.
  console.log(`vscode: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);
  if (stats.failures > 0 || stats.tests === 0) {
    throw new Error(stats.tests === 0 ? 'no VS Code test ran' : `${stats.failures} VS Code test(s) failed`);
  }
}
