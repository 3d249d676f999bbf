// The VS Code test toolchain's installer: code-server's inner `npm install` must not inherit the outer
// npm's view of Node (on a fresh machine its postinstall refused Node 20, read from npm_config_user_agent).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { codeServerInstallEnvironment } from '../vscode/installCodeServer';
import { nodeBin, nodeDir } from '../vscode/toolchain';

test('code-server installs with Node 24 first on PATH and none of the outer npm_* variables', () => {
  const outer = {
    PATH: '/usr/local/bin:/usr/bin',
    HOME: '/root',
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_node_execpath: '/usr/local/bin/node',
    npm_lifecycle_event: 'test',
    NPM_CONFIG_PREFIX: '/somewhere',
  };
  const env = codeServerInstallEnvironment(outer);
  assert.equal(env.PATH, `${path.dirname(nodeBin)}${path.delimiter}/usr/local/bin:/usr/bin`);
  assert.equal(env.npm_config_nodedir, nodeDir);
  assert.equal(env.HOME, '/root');
  const leftover = Object.keys(env).filter((name) => /^npm_/i.test(name) && name !== 'npm_config_nodedir');
  assert.deepEqual(leftover, []);
});
