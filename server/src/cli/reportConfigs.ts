import { resolve } from 'node:path';
import { t } from '../core/index';
import { loadConfigFor, type LoadedConfig } from '../node/configFile';

/**
 * The configuration each report is checked with: the file `--config` named,
 * or the `.govreport.json` nearest the report, each read once.
 */
export class ReportConfigs {
  private readonly byFolder = new Map<string, LoadedConfig>();

  constructor(private readonly named: LoadedConfig | undefined) {}

  for(report: string): LoadedConfig {
    return this.named ?? loadConfigFor(resolve(report), this.byFolder);
  }
}

/** A configuration file's problems, each as `file:line:col: severity: message`. */
export function configProblemLines({ file, problems }: LoadedConfig): string[] {
  return problems.map(({ range, fatal, message }) => `${file}:${range.start.line + 1}:${range.start.character + 1}: ${fatal ? t('error') : t('warning')}: ${message}`);
}
