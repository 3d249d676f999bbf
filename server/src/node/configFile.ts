import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Config, type ConfigProblem, DEFAULT_CONFIG, parseConfigText } from '../core/index';

export const CONFIG_FILE_NAME = '.govreport.json';

export interface LoadedConfig {
  config: Config;
  /** The `.govreport.json` that applies, if any. */
  file?: string;
  /** What in that file was invalid (and ignored), where. */
  problems: ConfigProblem[];
}

/**
 * The `.govreport.json` in the file's folder or the nearest folder above it.
 * The CLI and the language server both load it this way, so they agree.
 * `cache` (per folder) spares a reviewer's run over thousands of files from
 * reading the same file again.
 */
export function loadConfigFor(filePath: string, cache?: Map<string, LoadedConfig>): LoadedConfig {
  const visited: string[] = [];
  let result: LoadedConfig | undefined;
  for (let dir = dirname(filePath); ; dir = dirname(dir)) {
    const cached = cache?.get(dir);
    if (cached) {
      result = cached;
      break;
    }
    visited.push(dir);
    result = readConfigFile(join(dir, CONFIG_FILE_NAME));
    if (result || dirname(dir) === dir) break;
  }
  const loaded = result ?? { config: DEFAULT_CONFIG, problems: [] };
  for (const dir of visited) cache?.set(dir, loaded);
  return loaded;
}

/** A configuration file, or undefined when there is none at that path (`--config` says which error to show). */
export function readConfigFile(file: string): LoadedConfig | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return { ...parseConfigText(text), file };
}
