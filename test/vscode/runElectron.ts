// Runs the VS Code test suite in desktop VS Code through @vscode/test-electron: the usual way, where
// VS Code can be downloaded or VSCODE_EXECUTABLE names one. (It cannot be downloaded on the
// project's machines, which use runCodeServer.ts instead.)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  downloadAndUnzipVSCode,
  resolveCliArgsFromVSCodeExecutablePath,
  runTests,
  TestRunFailedError,
} from '@vscode/test-electron';
import { writeHarnessExtension } from './harnessExtension';
import { createEditorProfile } from './editorProfile';

export interface ElectronRun {
  /** The extension folder to load as under development. Omit it to test what `vsix` installs. */
  extensionDevelopmentPath?: string;
  /** A packaged extension to install before the run. */
  vsix?: string;
  /** The bundled tests module, dist/test/vscode/suite/index.js. */
  extensionTestsPath: string;
}

/** Returns the exit code of the test run: 0 when every test passed. */
export async function runElectron(run: ElectronRun): Promise<number> {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('desktop VS Code needs a display: run under xvfb-run');
  }
  const executable = process.env.VSCODE_EXECUTABLE ?? (await download());
  const dirs = createEditorProfile('govreport-electron-');
  const { temp } = dirs;
  const profile = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  try {
    if (run.vsix) {
      const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable, { reuseMachineInstall: true });
      const installed = spawnSync(cli, [...cliArgs, ...profile, '--install-extension', run.vsix], { encoding: 'utf8' });
      if (installed.status !== 0) {
        throw new Error(`VS Code could not install ${run.vsix}:\n${installed.stdout}${installed.stderr}`);
      }
    }
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: run.extensionDevelopmentPath ?? writeHarnessExtension(path.join(temp, 'harness')),
      extensionTestsPath: run.extensionTestsPath,
      launchArgs: [dirs.workspace, ...profile],
    });
  } catch (error) {
    if (error instanceof TestRunFailedError) return error.code ?? 1;
    throw error;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

async function download(): Promise<string> {
  try {
    return await downloadAndUnzipVSCode();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot download VS Code (${reason}): set VSCODE_EXECUTABLE, or use the code-server runner`, { cause: error });
  }
}
