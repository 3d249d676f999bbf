import { looksLikeReport, t, type Config } from '../core/index';
import type { PreviousReports } from '../node/previousReport';
import { readAnyReport, type AnyReport } from '../readers/readAnyReport';
import { checkFile } from './checkFile';
import type { FileResult } from './fileResult';
import type { FoundFile } from './findFiles';
import { OUTPUT_FORMATS } from './formats';
import type { FormatName } from './options';
import type { Tally } from './output';
import { tallyOf } from './totals';

/** A checked file as the run takes it in: its piece of the output and its tally (see OutputFormat). */
export interface Checked {
  file: string;
  piece: unknown;
  tally: Tally;
}

/** What became of a file the search found: checked, or skipped as not looking like a report. */
export type Outcome = Checked | { skipped: string };

/** What every file of a run is checked with, on whichever thread. */
export interface CheckSettings {
  fix: boolean;
  format: FormatName;
}

/**
 * Checks a file the search found, on the main thread or a worker alike: read once,
 * for the detection and the check; a file found in a folder that does not look like a
 * report is skipped. A failure of the checker itself on one file is that file's error,
 * and the run goes on with the others.
 */
export async function checkFound(found: FoundFile, config: Config, settings: CheckSettings, previousReports: PreviousReports): Promise<Outcome> {
  const { path, explicit } = found;
  try {
    const source = readAnyReport(path);
    source.catch(() => undefined); // a file that cannot be read is reported by checkFile
    if (!explicit && !(await worthChecking(source))) return { skipped: path };
    const { detail } = OUTPUT_FORMATS[settings.format];
    return outcomeOf(await checkFile(path, () => source, config, settings.fix, previousReports, detail), settings);
  } catch (e) {
    return outcomeOf({ file: path, findings: [], error: t('the checker failed on this file: {0}', e instanceof Error ? e.message : String(e)) }, settings);
  }
}

/** A checked file's result as the run takes it in (see Outcome). */
export function outcomeOf(result: FileResult, settings: CheckSettings): Checked {
  return { file: result.file, piece: OUTPUT_FORMATS[settings.format].piece(result), tally: tallyOf(result) };
}

/**
 * Whether a file found in a folder is checked: a text that looks like a report (the editor's
 * detection), any PDF, Word or HTML file, and a file that cannot be read, so that the reason is
 * reported rather than the file silently skipped.
 */
async function worthChecking(source: Promise<AnyReport>): Promise<boolean> {
  try {
    const read = await source;
    return read.kind !== 'text' || looksLikeReport(read.text);
  } catch {
    return true;
  }
}
