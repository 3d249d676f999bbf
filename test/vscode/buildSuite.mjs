// Bundles the VS Code test suite for the extension host, which runs JavaScript only:
// suite/index.ts and every suite/*.test.ts become dist/test/vscode/suite/*.js.
//
// Each test file is a bundle of its own, because Mocha must define describe/it before a test file's
// top-level code runs: index.js hands the files to Mocha, which requires them one by one.
// `vscode` comes from the extension host. `mocha` stays external: it is required from the clone's
// node_modules, which resolves in both runs, since this bundle lives in the clone's dist/ even when
// the extension under test is the installed .vsix.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const suiteDir = path.join(root, 'test/vscode/suite');
const outdir = path.join(root, 'dist/test/vscode/suite');

const tests = fs.readdirSync(suiteDir).filter((name) => name.endsWith('.test.ts'));
// Start clean, so that a deleted test does not live on as a stale bundle.
fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: ['index.ts', ...tests].map((name) => path.join(suiteDir, name)),
  outdir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`[build] VS Code test suite: ${tests.length} test file(s) → ${path.relative(root, outdir)}`);
