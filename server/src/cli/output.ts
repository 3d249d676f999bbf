import type { FileResult, ResultDetail } from './fileResult';

/**
 * Where the results go, file by file as they are checked, so that a run over
 * thousands of drafts holds none of them longer than it must.
 */
export interface Output {
  /** What the format prints of each finding beyond the essentials: what checks keep (and workers send). */
  readonly detail: ResultDetail;
  add(result: FileResult): void;
  /**
   * After the last file: closes the JSON array, prints the text summary (naming
   * the files `skipped` as not looking like reports), or writes the SARIF log.
   */
  end(skipped: readonly string[]): void;
}
