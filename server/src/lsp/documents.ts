import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { checkReport, type CheckResult, looksLikeReport, looksMisdecoded, nameSaysReport, parseReport } from '../core/index';
import { PreviousReports } from '../node/previousReport';
import type { Settings } from './settings';

/** One check of one version of a document: what diagnostics, symbols, hover and code actions all read. */
export interface Checked {
  uri: string;
  version: number;
  /** Undefined when the document is not checked: not a report, detection is off for it, or it is misdecoded. */
  result: CheckResult | undefined;
  /** A report (or a file named as one) whose bytes were decoded in the wrong encoding: not checked, only flagged. */
  misdecoded: boolean;
}

/** Whether the client hears about the document: a report, or a misdecoded one. */
export function isSpokenFor(checked: Checked | undefined): boolean {
  return checked !== undefined && (checked.result !== undefined || checked.misdecoded);
}

/** Checks faster than this run at once. */
const INSTANT_CHECK_MS = 20;
/** The longest pause before checking a large file. */
const QUIET_MS = 100;

function pauseAfter(lastCheckMs: number | undefined): number {
  return lastCheckMs === undefined || lastCheckMs < INSTANT_CHECK_MS ? 0 : Math.min(lastCheckMs, QUIET_MS);
}

/**
 * Schedules checks and caches their results. A change queues a check of the
 * document's newest version; changes arriving before it runs merge into it.
 * A report of a few pages (a check takes about a millisecond) is checked as
 * the key goes down. On a large file the check waits a little (as long as the
 * last one took, at most QUIET_MS) so a burst of keystrokes becomes one check.
 */
export class DocumentChecks {
  private readonly latest = new Map<string, Checked>();
  private readonly published = new Map<string, Checked>();
  /** Queued checks, each with the function that cancels it. */
  private readonly pending = new Map<string, () => void>();
  /** Requests that arrived while a check was queued wait for it instead of checking a half-typed text. */
  private readonly waiting = new Map<string, ((checked: Checked | undefined) => void)[]>();
  /** Bumped when the settings change, so a check that read the old settings is not kept. */
  private generation = 0;
  /** How long each document's last check took. */
  private readonly lastCheckMs = new Map<string, number>();
  private readonly previousReports = new PreviousReports();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: Settings,
    /** Sends a new result to the client (diagnostics and status). */
    private readonly publish: (checked: Checked) => void,
    private readonly logError: (message: string) => void,
  ) {}

  /** Queues a check of the document's newest text. */
  schedule(uri: string, delay = pauseAfter(this.lastCheckMs.get(uri))): void {
    this.pending.get(uri)?.();
    const run = () => void this.checkAndPublish(uri);
    // setTimeout(…, 0) waits at least a millisecond; setImmediate runs right after the pending messages.
    if (delay === 0) {
      const immediate = setImmediate(run);
      this.pending.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, delay);
      this.pending.set(uri, () => clearTimeout(timer));
    }
  }

  /** The settings or the message language changed: check every open document again, now. */
  recheckAll(): void {
    this.generation++;
    this.latest.clear();
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  /** The result for the document's current text (waiting for a queued check), or undefined if it is closed. */
  current(uri: string): Promise<Checked | undefined> {
    if (!this.pending.has(uri)) return this.checkNow(uri);
    return new Promise((resolve) => this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), resolve]));
  }

  /** The document closed: drops its state and returns what was last published for it. */
  forget(uri: string): Checked | undefined {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
    this.resolveWaiting(uri, undefined);
    const published = this.published.get(uri);
    this.latest.delete(uri);
    this.published.delete(uri);
    this.lastCheckMs.delete(uri);
    this.settings.forget(uri);
    return published;
  }

  private async checkNow(uri: string): Promise<Checked | undefined> {
    const generation = this.generation;
    const settings = await this.settings.forDocument(uri);
    if (generation !== this.generation) return this.checkNow(uri);
    // Read the document after the wait: it may have changed, and only its newest text counts.
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.latest.get(uri);
    if (cached?.version === document.version) return cached;
    const text = document.getText();
    const isReport = document.languageId === 'govreport' || (settings.detect && looksLikeReport(text));
    // Checking a GB18030 report read as UTF-8 would flag every cell of its mojibake: it gets one word instead.
    const misdecoded = (isReport || nameSaysReport(decodeURIComponent(uri))) && looksMisdecoded(text);
    let result: CheckResult | undefined;
    if (isReport && !misdecoded) {
      const start = performance.now();
      const report = parseReport(text);
      const previous = uri.startsWith('file:') ? this.previousReports.find(fileURLToPath(uri), report) : undefined;
      result = checkReport(report, settings.config, previous);
      this.lastCheckMs.set(uri, performance.now() - start);
    }
    const checked = { uri, version: document.version, result, misdecoded };
    this.latest.set(uri, checked);
    return checked;
  }

  private async checkAndPublish(uri: string): Promise<void> {
    this.pending.delete(uri);
    let checked: Checked | undefined;
    try {
      checked = await this.checkNow(uri);
    } catch (e) {
      this.logError(`govreport: checking ${uri} failed: ${(e as Error).stack ?? e}`);
    }
    // A change during the wait for settings queued another check; the waiting requests get that one.
    if (this.pending.has(uri)) return;
    this.resolveWaiting(uri, checked);
    const previous = this.published.get(uri);
    if (!checked || checked === previous) return;
    // The promise to the client: never replace diagnostics with those of an older version.
    if (previous && checked.version < previous.version) return;
    this.published.set(uri, checked);
    // A document that never was a report stays silent: no diagnostics, no status.
    if (!isSpokenFor(checked) && !isSpokenFor(previous)) return;
    try {
      this.publish(checked);
    } catch (e) {
      this.logError(`govreport: publishing ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  }

  private resolveWaiting(uri: string, checked: Checked | undefined): void {
    const waiting = this.waiting.get(uri) ?? [];
    this.waiting.delete(uri);
    for (const resolve of waiting) resolve(checked);
  }
}
