// ESLint: a few typescript-eslint rules, and the architecture (README, "Architecture") as rules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { noCycle } from './lint/noCycle.mjs';

/** The editor's and LSP's packages. */
const noVscode = (message) => ['error', { patterns: [{ regex: '^(vscode($|-)|@vscode/)', message }] }];

/**
 * core/'s lower layers, bottom up (README: the layers depend downwards only). Each imports nothing
 * from the layers after it, nor from what builds on them all: rules, fixes, features, config, check.
 */
const CORE_LAYERS = ['text', 'model', 'parse', 'tables'];
const CORE_TOP = ['rules', 'fixes', 'features', 'config', 'check.ts', 'index.ts'];
const downwardsOnly = CORE_LAYERS.map((layer, i) => ({
  target: `./server/src/core/${layer}`,
  from: [...CORE_LAYERS.slice(i + 1), ...CORE_TOP].map((above) => `./server/src/core/${above}`),
  message: `core/ depends downwards only: ${CORE_LAYERS.join(' ← ')} ← the rest.`,
}));

export default defineConfig(
  // The rules are about the TypeScript; the few .js/.mjs/.cjs files are bundles, or tooling like this one.
  { ignores: ['dist/', 'out/', '.vscode-test/', 'node_modules/', '**/*.js', '**/*.mjs', '**/*.cjs'] },

  js.configs.recommended,
  // Not the type-checked configs: a TypeScript program per run more than doubles the lint's time,
  // and `npm run typecheck` runs tsc anyway.
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX, govreport: { rules: { 'no-cycle': noCycle } } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'govreport/no-cycle': 'error',
      // A type's import says so, and is erased: the client can import lsp/protocol.ts without the server.
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      // tsc checks this already (noUnusedLocals, noUnusedParameters), with its own `_` convention.
      '@typescript-eslint/no-unused-vars': 'off',
      // Full-width and no-break spaces are the reports' data here: allowed in strings, templates,
      // regular expressions and comments, still not in the code itself.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },

  // core/ is pure TypeScript: no Node, no vscode, no LSP, none of the layers above it.
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': noVscode('core/ knows no editor and no LSP: translate in server/src/lsp/.'),
      'import-x/no-restricted-paths': ['error', {
        zones: [{
          target: './server/src/core',
          from: ['./server/src/node', './server/src/lsp', './server/src/cli', './server/src/readers', './client', './test', './bench', './scripts'],
          message: 'core/ depends on nothing outside it.',
        }, ...downwardsOnly],
      }],
    },
  },

  // Only lsp/ knows LSP; node/ is shared by the CLI and the server; readers/ turn PDF, Word and HTML into report text.
  {
    files: ['server/src/node/**/*.ts', 'server/src/cli/**/*.ts', 'server/src/readers/**/*.ts'],
    rules: { 'no-restricted-imports': noVscode('Only server/src/lsp/ knows LSP and the editor.') },
  },

  // The adapters (the Node pieces, the readers, the CLI, the language server) see the core only through its index.
  // No exception for core/l10n: the index exports `t` too, the adapters' messages share its catalogue.
  {
    files: ['server/src/node/**/*.ts', 'server/src/readers/**/*.ts', 'server/src/cli/**/*.ts', 'server/src/lsp/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [{
          target: ['./server/src/node', './server/src/readers', './server/src/cli', './server/src/lsp'],
          from: './server/src/core',
          except: ['./index.ts'],
          message: 'Use the core through server/src/core/index.ts (export what is missing there).',
        }],
      }],
    },
  },

  // The extension talks to the server through LSP and the shared lsp/protocol.ts. Three pure core
  // modules are exceptions, imported directly rather than through core/index.ts: the client detects
  // a report itself (to give a .txt the govreport language before any server runs) and names the
  // tables in its insert-table picker; the index would bundle the rules and the message catalogue
  // into the extension.
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [{
          target: './client/src',
          from: './server/src',
          except: ['./lsp/protocol.ts', './core/features/detect.ts', './core/features/misdecoded.ts', './core/features/reportName.ts', './core/features/extents.ts', './core/model/schema.ts'],
          message: 'The client talks to the server through LSP and server/src/lsp/protocol.ts.',
        }],
      }],
    },
  },

  // The table view's page script runs in the webview's browser: no Node, no vscode, and of the
  // extension and the server only types (the messages and the view model), which are erased.
  {
    files: ['client/webview/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { regex: '^(vscode($|-)|@vscode/)', message: 'The webview script runs in a browser and talks to the extension by messages.' },
          { regex: '/(server|client)/src/', allowTypeImports: true, message: 'The webview script shares only types with the extension and the server.' },
        ],
      }],
    },
  },
);
