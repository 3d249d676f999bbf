import type { FileResult, ResultDetail } from './fileResult';

/**
 * What the run itself needs of a file's result, whatever the format: the counts for the closing line
 * and the exit code, and why the file could not be checked.
 */
export interface Tally {
  errors: number;
  warnings: number;
  error?: string;
  /** The file could not be read, or its fixes could not be written: exit code 2. */
  failed: boolean;
}

/**
 * An output format in two halves. `piece` makes a file's part of the output from its result alone, on
 * whichever thread checked the file: a worker sends the piece, as JSON, and not the result, whose
 * findings are many times larger than what most formats print of them. `start` makes, on the main
 * thread, what takes the pieces in the files' order and writes the output.
 */
export interface OutputFormat<Piece> {
  /** What the format prints of each finding beyond the essentials: what checks keep. */
  readonly detail: ResultDetail;
  piece(result: FileResult): Piece;
  start(write: (text: string) => void, run: RunFacts): Output<Piece>;
}

/** What a format may say of the run as a whole (SARIF names the tool and the folder it ran in). */
export interface RunFacts {
  version: string;
  baseDir: string;
}

/**
 * Where the pieces go, file by file as they are checked, so that a run over
 * thousands of drafts holds none of them longer than it must.
 */
export interface Output<Piece> {
  add(piece: Piece, tally: Tally): void;
  /**
   * After the last file: closes the JSON array, prints the text summary (naming
   * the files `skipped` as not looking like reports), or writes the SARIF log.
   */
  end(skipped: readonly string[]): void;
}
