// VS Code runs the tests module (extensionTestsPath) only while some extension is under development
// (extensionDevelopmentPath). A packaged run installs the .vsix and loads this empty stand-in as the
// extension under development: it contributes nothing, so the govreport being tested is the installed one.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes the stand-in into `dir` and returns `dir`. */
export function writeHarnessExtension(dir: string): string {
  const manifest = { name: 'govreport-test-harness', publisher: 'govreport', version: '0.0.0', engines: { vscode: '*' } };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
