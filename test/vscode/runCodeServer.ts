// Runs the VS Code test suite in code-server (VS Code's own workbench and extension host, served
// on loopback) shown in headless Chromium. See /work/shared/VSCODE-TESTING.md for the why of each flag.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { formatConsoleMessage } from './console';
import { writeHarnessExtension } from './harnessExtension';
import { loadPlaywrightCore, type Browser } from './playwright';
import { chromiumPath, codeServerEntry, nodeBin } from './toolchain';
import { createEditorProfile } from './editorProfile';
import { answerWebviewRequest } from './webviewRequests';

export interface CodeServerRun {
  /** The extension folder to load as under development. Omit it to test what `vsix` installs. */
  extensionDevelopmentPath?: string;
  /** A packaged extension to install before the run. */
  vsix?: string;
  /** The bundled tests module, dist/test/vscode/suite/index.js. */
  extensionTestsPath: string;
  /** Where the tests' screenshots go (see suite/screenshot.ts). */
  screenshotDir: string;
  /** Workspace trust on and the folder untrusted (Restricted Mode); only suite/restrictedMode.test.ts runs. */
  restrictedMode?: boolean;
  timeoutMs?: number;
}

/** Returns the exit code of the test run: 0 when every test passed. */
export async function runCodeServer(run: CodeServerRun): Promise<number> {
  const dirs = createEditorProfile('govreport-code-server-');
  const { temp } = dirs;
  const config = path.join(temp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  writeUserSettings(dirs.userData, run.restrictedMode === true);
  fs.mkdirSync(run.screenshotDir, { recursive: true });
  const env = {
    ...withoutVSCodeVariables(process.env),
    // code-server writes into the home folder unless told otherwise.
    XDG_DATA_HOME: path.join(temp, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(temp, 'xdg-config'),
    // The extension host inherits these; suite/screenshot.ts and suite/index.ts read them.
    GOVREPORT_SCREENSHOT_DIR: run.screenshotDir,
    ...(run.restrictedMode ? { GOVREPORT_RESTRICTED_MODE: '1' } : {}),
  };
  const common = ['--config', config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  // Ctrl-C reaches our process group only: code-server has a group of its own (detached), so stop it here.
  const stopOnInterrupt = () => {
    if (server?.pid) signalGroup(server.pid, 'SIGKILL');
    removeTemp();
    process.exit(130);
  };
  // Retries: processes of code-server's that are still dying may write a last log line.
  const removeTemp = () => fs.rmSync(temp, { recursive: true, force: true, maxRetries: 5 });
  process.once('SIGINT', stopOnInterrupt);
  try {
    if (run.vsix) installExtension(run.vsix, common, env);

    const port = await freePort();
    const origin = `127.0.0.1:${port}`;
    server = spawn(
      nodeBin,
      [
        codeServerEntry,
        ...common,
        '--auth', 'none',
        '--bind-addr', origin,
        '--disable-telemetry',
        '--disable-update-check',
        ...(run.restrictedMode ? [] : ['--disable-workspace-trust']),
        // Lets the URL's payload carry the test paths and makes the workbench call codeAutomationExit.
        '--vscode-option', 'enable-smoke-test-driver',
      ],
      { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }, // detached: its own process group
    );
    const serverLog = captureOutput(server);
    await waitForHealthz(`http://${origin}/healthz`, server, serverLog);

    browser = await loadPlaywrightCore().chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox', // we are root
        '--disable-gpu',
        '--disable-dev-shm-usage',
        // This machine has no internet: without these, Chromium keeps calling Google and being refused.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // The workbench calls this when the tests module's run() has settled: 0 passed, 1 failed.
    let reportExit = (_code: number) => {};
    const exitCode = new Promise<number>((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    // The page console carries the extension host's console, hence mocha's report, the
    // `@@screenshot <name>` requests (suite/screenshot.ts) and the `@@webview` requests
    // (webviewRequests.ts). Reading a message is asynchronous: a queue keeps the lines in order.
    let consoleQueue = Promise.resolve();
    page.on('console', (message) => {
      consoleQueue = consoleQueue
        .then(async () => {
          const text = await formatConsoleMessage(message);
          const request = /@@screenshot (\S+)/.exec(text);
          if (request) saveAtomically(path.join(run.screenshotDir, `${request[1]}.png`), await page.screenshot());
          const webview = request ? undefined : await answerWebviewRequest(page, text);
          if (webview) saveAtomically(path.join(run.screenshotDir, webview.file), Buffer.from(JSON.stringify(webview.answer)));
          console.log(text);
        })
        .catch((error: unknown) => console.error(`cannot forward the page console: ${String(error)}`));
    });

    const remote = (file: string) => `vscode-remote://${origin}${file}`;
    const developmentPath = run.extensionDevelopmentPath ?? writeHarnessExtension(path.join(temp, 'harness'));
    const payload = [
      ['extensionDevelopmentPath', remote(developmentPath)],
      ['extensionTestsPath', remote(run.extensionTestsPath)],
    ];
    const query = new URLSearchParams({ folder: dirs.workspace, payload: JSON.stringify(payload) });
    await page.goto(`http://${origin}/?${query}`);

    const timeoutMs = run.timeoutMs ?? 8 * 60_000;
    const code = await Promise.race([exitCode, serverExit(server), timeout(timeoutMs)]);
    await consoleQueue; // the last lines, mocha's summary among them
    if (code !== 0) console.error(`--- code-server output ---\n${serverLog.join('')}`);
    return code;
  } finally {
    process.removeListener('SIGINT', stopOnInterrupt);
    await browser?.close();
    if (server) await killGroup(server);
    removeTemp();
  }
}

/**
 * A quiet workbench: no chat panel, no welcome page, no gallery look-ups (there is no internet).
 * In Restricted Mode, no question whether to trust the folder: it stays untrusted.
 */
function writeUserSettings(userData: string, restrictedMode: boolean): void {
  const settings = {
    ...(restrictedMode ? { 'security.workspace.trust.startupPrompt': 'never' } : {}),
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
  };
  fs.mkdirSync(path.join(userData, 'User'));
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

function installExtension(vsix: string, common: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(nodeBin, [codeServerEntry, ...common, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`code-server could not install ${vsix}:\n${result.stdout}${result.stderr}`);
  }
}

/** The test waits for the file (a screenshot, an answer) to exist, so it must not appear before it is complete. */
function saveAtomically(file: string, data: Buffer): void {
  fs.writeFileSync(`${file}.partial`, data);
  fs.renameSync(`${file}.partial`, file);
}

/** Variables from an enclosing VS Code (its terminal) would make code-server talk to that one instead. */
function withoutVSCodeVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VSCODE_')));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Keeps code-server's output, to show it when the run fails. */
function captureOutput(child: ChildProcess): string[] {
  const chunks: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return chunks;
}

async function waitForHealthz(url: string, server: ChildProcess, serverLog: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`code-server exited with code ${server.exitCode}:\n${serverLog.join('')}`);
    }
    const healthy = await fetch(url).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url} within 60 s:\n${serverLog.join('')}`);
}

function serverExit(server: ChildProcess): Promise<never> {
  return new Promise((_, reject) => {
    server.once('exit', (code, signal) => reject(new Error(`code-server stopped during the tests (${signal ?? `exit code ${code}`})`)));
  });
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`the VS Code tests did not finish within ${ms / 1000} s`)), ms).unref();
  });
}

/** Stops code-server and everything it started (extension host, pty host): they share its process group. */
async function killGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
  signalGroup(pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  signalGroup(pid, 'SIGKILL'); // whatever did not stop in time
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error; // ESRCH: the group is gone already
  }
}
