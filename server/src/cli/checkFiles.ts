import { currentLanguage } from '../core/index';
import type { LoadedConfig } from '../node/configFile';
import type { PreviousReports } from '../node/previousReport';
import { checkFound, type CheckSettings, type Outcome } from './checkFound';
import type { FoundFile } from './findFiles';
import { threadCount } from './threadCount';
import { checkInWorkers, type CheckTask } from './workerPool';

/**
 * The outcomes of the found files, in their order: checked on this thread, one after the other,
 * or on worker threads when there are files enough to pay for starting them (threadCount; `jobs`
 * is `--jobs`). `entry` is the script a worker runs: the CLI's own bundle.
 */
export function checkFiles(
  files: readonly FoundFile[],
  configOf: (path: string) => LoadedConfig,
  settings: CheckSettings,
  previousReports: PreviousReports,
  jobs: number | undefined,
  entry: string,
): AsyncIterable<Outcome> {
  const threads = threadCount(files.map((f) => f.path), jobs);
  if (threads === 1) return checkHere(files, configOf, settings, previousReports);
  // The run's few configurations go to each worker once; a file names its own by index.
  const configs: LoadedConfig[] = [];
  const tasks = files.map((found): CheckTask => {
    const loaded = configOf(found.path);
    if (!configs.includes(loaded)) configs.push(loaded);
    return { found, config: configs.indexOf(loaded) };
  });
  return checkInWorkers(tasks, { configs: configs.map((c) => c.config), settings, language: currentLanguage() }, threads, entry);
}

async function* checkHere(
  files: readonly FoundFile[],
  configOf: (path: string) => LoadedConfig,
  settings: CheckSettings,
  previousReports: PreviousReports,
): AsyncGenerator<Outcome> {
  for (const found of files) yield await checkFound(found, configOf(found.path).config, settings, previousReports);
}
