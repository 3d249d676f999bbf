// The folder review page (`govreport check --format html`) in the real Chromium of the toolchain:
// it opens from a file: URL with nothing beside it, sorts its table when a heading is clicked, and
// gives the screenshot the README shows. Run by test:vscode after its install step, or on its own:
// `node --import tsx test/vscode/folderReview.ts` once the toolchain is cached.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPlaywrightCore } from './playwright';
import { chromiumPath } from './toolchain';

const repoRoot = path.resolve(__dirname, '..', '..');
const page = path.join(repoRoot, 'test-output', 'folder-review.html');
const screenshot = path.join(repoRoot, 'docs', 'images', '06-folder-review.png');

export async function checkFolderReviewPage(): Promise<void> {
  // Relative paths, run from the repository, as a reviewer would name the folder.
  const run = spawnSync(process.execPath, ['dist/cli.js', 'check', '--format', 'html', '--lang', 'zh-cn', 'samples'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  fs.mkdirSync(path.dirname(page), { recursive: true });
  fs.writeFileSync(page, run.stdout);

  const browser = await loadPlaywrightCore().chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await tab.goto(pathToFileURL(page).href);
    const errorCounts = () => tab.$$eval('table.reports tbody td:nth-child(5)', (cells) => cells.map((cell) => Number(cell.textContent)));
    const before = await errorCounts();
    await tab.click('table.reports th:nth-child(5) button'); // 错误
    const ascending = await errorCounts();
    assert.notDeepEqual(ascending, before, 'the order changed');
    assert.deepEqual(ascending, [...before].sort((a, b) => a - b));
    await tab.click('table.reports th:nth-child(5) button');
    assert.deepEqual(await errorCounts(), [...before].sort((a, b) => b - a), 'a second click reverses');
    await tab.screenshot({ path: screenshot });
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  checkFolderReviewPage().then(
    () => console.log(`folder review page: sorted in Chromium; screenshot ${path.relative(repoRoot, screenshot)}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
