import { currentLanguage } from '../core/index';
import type { LoadedConfig } from '../node/configFile';
import type { PreviousReports } from '../node/previousReport';
import { checkFound, type CheckSettings, type Outcome } from './checkFound';
import { checkOnThreads, type CheckTask } from './checkOnThreads';
import type { FoundFile } from './findFiles';
import { threadCount } from './threadCount';

/**
 * The outcomes of the found files, in their order: checked on this thread alone, or with worker
 * threads beside it when there is work enough to pay for starting them (threadCount; `jobs` is
 * `--jobs`). `entry` is the script a worker runs: the CLI's own bundle.
 */
export function checkFiles(
  files: readonly FoundFile[],
  configOf: (path: string) => LoadedConfig,
  settings: CheckSettings,
  previousReports: PreviousReports,
  jobs: number | undefined,
  entry: string,
): AsyncIterable<Outcome> {
  // The run's few configurations go to each worker once; a file names its own by index.
  const configs: LoadedConfig[] = [];
  const tasks = files.map((found): CheckTask => {
    const loaded = configOf(found.path);
    if (!configs.includes(loaded)) configs.push(loaded);
    return { found, config: configs.indexOf(loaded) };
  });
  const paths = files.map((f) => f.path);
  const threads = threadCount(paths, jobs);
  const setup = { configs: configs.map((c) => c.config), settings, language: currentLanguage() };
  // The folders' heads are read here once, for the workers too, rather than by each of them again.
  const readFolders = () => previousReports.indexFor(paths);
  const checkHere = (task: CheckTask) => checkFound(task.found, setup.configs[task.config], settings, previousReports);
  return checkOnThreads(tasks, threads, setup, readFolders, entry, checkHere);
}
