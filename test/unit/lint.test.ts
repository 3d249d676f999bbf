import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { ESLint } from 'eslint';

/**
 * The architecture rules of eslint.config.mjs bite: each forbidden import, linted as
 * if it stood in the file named (nothing is written to the tree), is reported by its
 * rule, and the allowed ones are not. A config or plugin change that silently turned
 * a rule off fails here rather than letting `npm run lint` pass on everything.
 */
const ROOT = path.resolve(__dirname, '../..');

let eslint: ESLint;
before(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rules that report `code` as the text of `file` (relative to the root). */
async function rulesHit(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('eslint.config.mjs: the architecture as lint rules', () => {
  const core = 'server/src/core/probe.ts';

  it('core/ imports no Node built-in, with or without node:', async () => {
    assert.deepEqual(await rulesHit(core, "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"), ['import-x/no-nodejs-modules']);
    assert.deepEqual(await rulesHit(core, "import * as path from 'path';\nexport const j = path.join;\n"), ['import-x/no-nodejs-modules']);
  });

  it('core/ imports nothing from the layers above it, not even types', async () => {
    assert.deepEqual(await rulesHit(core, "import '../lsp/server';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesHit(core, "export type { LoadedConfig } from '../node/configFile';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesHit('server/src/core/rules/probe.ts', "import type { ReportStatus } from '../../lsp/protocol';\nexport type S = ReportStatus;\n"), ['import-x/no-restricted-paths']);
  });

  it('inside core/, the layers depend downwards only', async () => {
    assert.deepEqual(await rulesHit('server/src/core/parse/probe.ts', "import type { TableMath } from '../tables/tableMath';\nexport type M = TableMath;\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesHit('server/src/core/tables/probe.ts', "import { RULES } from '../rules/index';\nexport const r = RULES;\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesHit('server/src/core/model/probe.ts', "import { parseReport } from '../parse/parseReport';\nexport const p = parseReport;\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesHit('server/src/core/tables/probe.ts', "import type { Report } from '../model/report';\nexport type R = Report;\n"), []);
  });

  it('core/ imports no vscode package, but may use a plain library', async () => {
    assert.deepEqual(await rulesHit(core, "import type { Connection } from 'vscode-languageserver';\nexport type C = Connection;\n"), ['no-restricted-imports']);
    assert.deepEqual(await rulesHit(core, "import type { Uri } from 'vscode';\nexport type U = Uri;\n"), ['no-restricted-imports']);
    assert.deepEqual(await rulesHit(core, "import { parseTree } from 'jsonc-parser';\nexport const p = parseTree;\n"), []);
  });

  it('the language server, the CLI and node/ reach the core through core/index.ts only; only the server knows LSP', async () => {
    assert.deepEqual(await rulesHit('server/src/lsp/probe.ts', "import { parseReport } from '../core/parse/parseReport';\nexport const p = parseReport;\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesHit('server/src/cli/probe.ts', "import type { Report } from '../core/model/report';\nexport type R = Report;\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesHit('server/src/node/probe.ts', "import { t } from '../core/l10n';\nexport const m = t;\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesHit('server/src/cli/probe.ts', "import type { Connection } from 'vscode-languageserver';\nexport type C = Connection;\n"), ['no-restricted-imports']);
    assert.deepEqual(await rulesHit('server/src/lsp/probe.ts', "import { parseReport, type Report } from '../core/index';\nexport const p: (text: string) => Report = parseReport;\n"), []);
  });

  it('the client imports from server/src only the protocol and the pure modules it is allowed', async () => {
    const client = 'client/src/probe.ts';
    assert.deepEqual(await rulesHit(client, "import '../../server/src/lsp/server';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesHit(client, "import { RULES } from '../../server/src/core/index';\nexport const r = RULES;\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesHit(client, "import { STATUS_NOTIFICATION } from '../../server/src/lsp/protocol';\nexport const s = STATUS_NOTIFICATION;\n"), []);
  });

  it('the table view\'s page script imports no Node, no vscode, and only types of the extension and the server', async () => {
    const page = 'client/webview/probe.ts';
    assert.deepEqual(await rulesHit(page, "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"), ['import-x/no-nodejs-modules']);
    assert.deepEqual(await rulesHit(page, "import type { Uri } from 'vscode';\nexport type U = Uri;\n"), ['@typescript-eslint/no-restricted-imports']);
    assert.deepEqual(await rulesHit(page, "import { TABLE_VIEW_REQUEST } from '../../server/src/lsp/protocol';\nexport const r = TABLE_VIEW_REQUEST;\n"), ['@typescript-eslint/no-restricted-imports']);
    assert.deepEqual(await rulesHit(page, "import type { TableView } from '../../server/src/lsp/protocol';\nexport type V = TableView;\n"), []);
  });

  it('an import cycle is reported, a type-only one too', async () => {
    // check.ts importing a type back from the index, which re-exports check.ts.
    const file = 'server/src/core/check.ts';
    const text = `import type { Rule } from './index';\nexport type R = Rule;\n${readFileSync(path.join(ROOT, file), 'utf8')}`;
    const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
    const cycles = result.messages.filter((m) => m.ruleId === 'govreport/no-cycle');
    assert.equal(cycles.length, 1, JSON.stringify(result.messages));
    assert.equal(cycles[0].line, 1);
    assert.match(cycles[0].message, /server\/src\/core\/check\.ts → server\/src\/core\/index\.ts → server\/src\/core\/check\.ts/);
  });
});
