/**
 * What a reader reads at most, so that a hostile or broken file costs little.
 * The README ("PDF, Word and web pages") states them; a report is a few pages.
 */
export const LIMITS = {
  /** Bytes of any file read. */
  fileBytes: 100 * 1024 * 1024,
  /** PDF pages read; the rest are skipped, and the user told. */
  pdfPages: 300,
  /** Bytes an entry of a Word file may inflate to (a zip bomb stops here). */
  docxEntryBytes: 50 * 1024 * 1024,
  /** Bytes of an HTML page. */
  htmlBytes: 20 * 1024 * 1024,
  /** Grid columns or rows one merged table cell may cover. */
  cellSpan: 100,
} as const;
