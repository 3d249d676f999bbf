// Bundles the three entry points. Everything, dependencies included, goes into
// dist/ so the .vsix and the CLI need no node_modules at run time.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { PACKAGE_VERSION: JSON.stringify(version) },
  // ES modules first: some packages (jsonc-parser) point `main` at a UMD build whose
  // run-time requires a bundler cannot follow.
  mainFields: ['module', 'main'],
};

/**
 * pdf.js is 4 MB: the CLI and the server would parse it at every start. It goes into dist/pdfjs.js
 * instead, which they require the first time a PDF is read (from source, the package itself).
 */
const pdfjsApart = {
  name: 'pdfjs-apart',
  setup(build) {
    build.onResolve({ filter: /^pdfjs-dist\// }, () => ({ path: './pdfjs.js', external: true }));
  },
};

const builds = [
  { entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] },
  // The table view's page: a script for the webview's browser, and its style sheet.
  { entryPoints: { tableView: 'client/webview/tableView.ts' }, platform: 'browser', format: 'iife', target: 'es2022' },
  { entryPoints: { tableView: 'client/webview/tableView.css' } },
  { entryPoints: { server: 'server/src/lsp/server.ts' }, plugins: [pdfjsApart] },
  { entryPoints: { pdfjs: 'server/src/readers/pdfjsEntry.mts' } },
  {
    entryPoints: { cli: 'server/src/cli/main.ts' },
    plugins: [pdfjsApart],
    // tinyglobby's file walker (an ES module) calls createRequire(import.meta.url), which CommonJS lacks.
    banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...common.define, 'import.meta.url': 'importMetaUrl' },
  },
];

const contexts = await Promise.all(
  builds.map((b) => esbuild.context({ ...common, ...b, outdir: 'dist' })),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
