// `npm run test:vscode`: the VS Code test suite (test/vscode/suite) inside a real VS Code, twice:
// first against this clone as the extension under development, then against the packaged .vsix.
// It expects `npm run build` to have run. Runner: @vscode/test-electron when VSCODE_EXECUTABLE is set
// or GOVREPORT_VSCODE_RUNNER=electron; otherwise code-server in headless Chromium, installed into a
// cache outside the clone on first use (installCodeServer.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFolderReviewPage } from './folderReview';
import { installCodeServer } from './installCodeServer';
import { runCodeServer } from './runCodeServer';
import { runElectron } from './runElectron';
import { chromiumPath } from './toolchain';

const repoRoot = path.resolve(__dirname, '..', '..');
const extensionMain = path.join(repoRoot, 'dist', 'extension.js');
const extensionTestsPath = path.join(repoRoot, 'dist', 'test', 'vscode', 'suite', 'index.js');
const vsix = path.join(repoRoot, 'dist', 'govreport.vsix'); // where `npm run package` writes it
const screenshotsDir = path.join(repoRoot, 'test-output', 'screenshots');

const timings: string[] = [];

async function main(): Promise<number> {
  const started = Date.now();
  const electron = process.env.VSCODE_EXECUTABLE !== undefined || process.env.GOVREPORT_VSCODE_RUNNER === 'electron';
  if (!fs.existsSync(extensionMain)) throw new Error(`${extensionMain} is missing: run \`npm run build\` first`);

  await timed('build suite', () => exec(process.execPath, [path.join(__dirname, 'buildSuite.mjs')]));
  await timed('package', packageExtension);
  if (!electron) await timed('install', installCodeServer);
  // The CLI's html page in the Chromium the install step guarantees (with test-electron, Debian's when present).
  if (!electron || fs.existsSync(chromiumPath)) await timed('folder review page', checkFolderReviewPage);

  const runSuite = (mode: string, extension: { extensionDevelopmentPath: string } | { vsix: string }, restrictedMode = false) =>
    timed(`${mode} run`, () => {
      log(`${mode}: running the suite in ${electron ? 'VS Code (test-electron)' : 'code-server'}`);
      return electron
        ? runElectron({ ...extension, extensionTestsPath })
        : runCodeServer({ ...extension, extensionTestsPath, screenshotDir: path.join(screenshotsDir, mode), restrictedMode });
    });
  const results: Record<string, number> = {
    development: await runSuite('development', { extensionDevelopmentPath: repoRoot }),
    packaged: await runSuite('packaged', { vsix }),
  };
  // The installed package in an untrusted folder. test-electron always disables workspace trust.
  if (electron) log('restricted-mode run skipped: @vscode/test-electron always passes --disable-workspace-trust');
  else results['packaged, restricted mode'] = await runSuite('restricted-mode', { vsix }, true);

  timings.push(`total ${seconds(Date.now() - started)}`);
  log(`timings: ${timings.join(', ')}`);
  const failed = Object.entries(results).filter(([, code]) => code !== 0);
  for (const [mode, code] of failed) log(`${mode} run FAILED (exit code ${code})`);
  if (failed.length === 0) log(`${Object.keys(results).join(', ')} runs passed`);
  return failed.length === 0 ? 0 : 1;
}

/** `npm run package`, every time: a few seconds buys the certainty that the .vsix is this build. */
function packageExtension(): void {
  log(`packaging ${path.relative(repoRoot, vsix)}`);
  exec('npm', ['run', 'package']);
}

function exec(command: string, args: string[]): void {
  // No stdin: a tool that would ask a question fails instead of waiting forever.
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

async function timed<T>(label: string, action: () => T | Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await action();
  } finally {
    timings.push(`${label} ${seconds(Date.now() - start)}`);
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function log(message: string): void {
  console.log(`[test:vscode] ${message}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`cannot run the VS Code tests: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
