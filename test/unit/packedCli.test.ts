// The command-line checker as a reviewer installs it: `npm pack`, then `npm install <tarball>` into an
// empty folder and `npx govreport check`. The package has no run-time dependencies (everything is
// bundled into dist/), so the install needs no registry. Expects `npm run build` to have run.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CORPUS_DIR, corpusPath } from '../corpus';

const REPO_ROOT = path.resolve(__dirname, '../..');

/** What the package may hold: the bundles and what the CLI and the extension read at run time. */
const PACKAGED = [
  /^dist\/(cli|extension|server|pdfjs)\.js$/,
  // The table view's page: its script and style sheet.
  /^dist\/tableView\.(js|css)$/,
  /^docs\/rules\/[\w-]+\.md$/,
  /^docs\/images\/[\w-]+\.png$/,
  /^(syntaxes|schemas|l10n)\/[\w.-]+\.json$/,
  /^package(\.nls(\.[\w-]+)?)?\.json$/,
  // DEVELOPING.md: the README links to it for the command line's every option.
  /^(language-configuration\.json|README\.md|DEVELOPING\.md|CHANGELOG\.md|LICENSE)$/,
];

/**
 * npm without the variables of an outer `npm test` (its prefix, its cache settings, its user agent),
 * which would make the install act on the clone instead of the empty folder.
 */
function npm(args: string[], cwd: string): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
  const options: SpawnSyncOptions = { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 };
  const run = spawnSync('npm', args, options);
  assert.equal(run.status, 0, `npm ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return String(run.stdout);
}

describe('the packed npm package', () => {
  let temp: string;
  let packedFiles: string[];
  let app: string;

  before(() => {
    temp = mkdtempSync(path.join(tmpdir(), 'govreport-pack-'));
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', temp], REPO_ROOT)) as [
      { filename: string; files: { path: string }[] },
    ];
    packedFiles = packed.files.map((f) => f.path);
    app = path.join(temp, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'reviewer', private: true }));
    npm(['install', '--offline', '--no-audit', '--no-fund', path.join(temp, packed.filename)], app);
  });
  after(() => rmSync(temp, { recursive: true, force: true }));

  it('holds only the bundles and what they read at run time', () => {
    const unexpected = packedFiles.filter((file) => !PACKAGED.some((pattern) => pattern.test(file)));
    assert.deepEqual(unexpected, []);
    assert.ok(packedFiles.includes('dist/cli.js'));
  });

  it('holds every picture and page the README links to, at the relative path it names', () => {
    // The package page is the README as packed: vsce keeps its relative links (--no-rewrite-relative-links,
    // there is no web site to point them at), so they must name files (or folders) in the package.
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((link) => !/^[a-z]+:/.test(link));
    assert.ok(links.some((link) => link.endsWith('.png')) && links.includes('DEVELOPING.md'), 'the README shows pictures and links to DEVELOPING.md');
    const packed = (link: string) => (link.endsWith('/') ? packedFiles.some((file) => file.startsWith(link)) : packedFiles.includes(link));
    assert.deepEqual(links.filter((link) => !packed(link)), []);
  });

  it('has no run-time dependencies, so it installs without a registry', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.dependencies, undefined);
  });

  it('npx govreport check runs the installed checker', () => {
    const run = spawnSync('npx', ['--no-install', 'govreport', 'check', '--lang', 'zh-cn', corpusPath('001')], {
      cwd: app,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /001_\w+\.txt:13:40 error malformed-number “31 \.3”不是规范的数字：数字中间有空格/);
  });

  it('reads a PDF with the pdf.js it carries apart (dist/pdfjs.js), loaded only then', () => {
    const pdf = path.join(REPO_ROOT, 'samples/published/pdf/hongze-qzf-2024.pdf');
    const run = spawnSync('npx', ['--no-install', 'govreport', 'check', '--lang', 'zh-cn', pdf], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /hongze-qzf-2024\.pdf:p4:10 error format-version/);
  });

  it('checks on worker threads started from the installed bundle, the PDFs read in a worker, as on one thread', () => {
    // The worker is sent the first files: the two PDFs.
    const folders = [path.join(REPO_ROOT, 'samples/published/pdf'), CORPUS_DIR];
    const check = (jobs: string) => spawnSync('npx', ['--no-install', 'govreport', 'check', '--lang', 'zh-cn', '-j', jobs, ...folders], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    const two = check('2');
    assert.equal(two.status, 1, two.stderr);
    assert.match(two.stdout, /hongze-qzf-2024\.pdf:p4:10 error format-version/);
    assert.equal(two.stdout, check('1').stdout);
  });
});
