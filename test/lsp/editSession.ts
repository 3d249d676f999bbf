import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { checkText, renderTableTemplate, type Finding } from '../../server/src/core/index';
import { fileUri, type LspClient } from './lspClient';

/**
 * Editing a document the way a drafter's editor does, for the protocol tests and
 * the benchmarks: a mirror of the text, incremental changes, a storm of edits,
 * and a comparison of what the server published with what the core finds.
 */

/** Documents live in a folder with no `.govreport.json`, so the server uses the defaults, as `checkText` does. */
const DOCUMENTS = '/tmp/govreport-edit-session';
/** A 5 MB check on a busy machine can take a while; the protocol tests' usual limit is 10 s. */
export const WAIT_MS = 120_000;

/** An open document, mirrored here to know its text after our edits. */
export interface OpenDocument {
  uri: string;
  mirror: TextDocument;
}

export async function openDocument(client: LspClient, name: string, text: string): Promise<OpenDocument> {
  const uri = fileUri(path.join(DOCUMENTS, name));
  await client.open(uri, text);
  await client.diagnostics(uri, (p) => p.version === 1, 0, WAIT_MS);
  return { uri, mirror: TextDocument.create(uri, 'govreport', 1, text) };
}

/** Sends one `didChange` and updates the mirror; returns the new version. */
export async function change(client: LspClient, doc: OpenDocument, changes: TextDocumentContentChangeEvent[]): Promise<number> {
  const version = doc.mirror.version + 1;
  doc.mirror = TextDocument.update(doc.mirror, changes, version);
  await client.change(doc.uri, version, changes);
  return version;
}

/** Where to type: after the first number of 表三, a cell the sums depend on, so every keystroke changes the findings. */
export function typingPosition(doc: OpenDocument) {
  const lines = doc.mirror.getText().split(/\r\n|\r|\n/);
  const section = lines.findIndex((l) => l.startsWith('三、'));
  const line = lines.findIndex((l, i) => i > section && /^\t?\d+$/.test(l));
  return { line, character: lines[line].length };
}

/**
 * A thousand edits as fast as they can be sent: typing and deleting digits in
 * 表三 and, every hundredth, pasting a whole table. Then the last diagnostics
 * must be exactly what the core finds in the final text.
 */
export async function editStorm(client: LspClient, doc: OpenDocument, edits: number): Promise<{ sameAsCore: boolean; difference?: string }> {
  const at = typingPosition(doc);
  const table = renderTableTemplate(3, '2019', 'cells', '\n');
  let typed = 0;
  for (let i = 0; i < edits; i++) {
    const point = { line: at.line, character: at.character + typed };
    if (i % 100 === 99) {
      await change(client, doc, [{ range: { start: { line: at.line + 1, character: 0 }, end: { line: at.line + 1, character: 0 } }, text: `\n${table}\n` }]);
    } else if (i % 3 === 2) {
      await change(client, doc, [{ range: { start: { line: point.line, character: point.character - 1 }, end: point }, text: '' }]);
      typed--;
    } else {
      await change(client, doc, [{ range: { start: point, end: point }, text: String(i % 10) }]);
      typed++;
    }
  }
  const version = doc.mirror.version;
  const published = await client.diagnostics(doc.uri, (p) => p.version === version, 0, WAIT_MS);
  const expected = checkText(doc.mirror.getText()).findings;
  return compareDiagnostics(published, expected);
}

/** Compares what the server published with the core's findings: rule, severity name aside, message and range. */
export function compareDiagnostics(published: Diagnostic[], expected: Finding[]): { sameAsCore: boolean; difference?: string } {
  const key = (rule: unknown, message: string, range: unknown) => JSON.stringify([rule, message, range]);
  const got = published.map((d) => key(d.code, typeof d.message === 'string' ? d.message : d.message.value, d.range)).sort();
  const want = expected.map((f) => key(f.rule, f.message, f.range)).sort();
  const missing = want.filter((k) => !got.includes(k));
  const extra = got.filter((k) => !want.includes(k));
  if (!missing.length && !extra.length && got.length === want.length) return { sameAsCore: true };
  return { sameAsCore: false, difference: `${missing.length} missing, ${extra.length} extra (${got.length} vs ${want.length})` };
}

/** The server's resident set size in bytes, from /proc. */
export function serverRss(client: LspClient): number {
  const status = readFileSync(`/proc/${client.serverPid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!kb) throw new Error('no VmRSS in /proc status');
  return Number(kb[1]) * 1024;
}

/**
 * The CPU time the server's threads (its event loop, V8's compiler and collector, libuv's pool) have used,
 * in milliseconds, from /proc's per-thread scheduler statistics (nanoseconds): what the work costs the
 * machine, beside how long the editor waits for it.
 */
export function serverCpuMs(client: LspClient): number {
  const tasks = `/proc/${client.serverPid}/task`;
  let ns = 0;
  for (const thread of readdirSync(tasks)) {
    try {
      ns += Number(readFileSync(`${tasks}/${thread}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended meanwhile.
    }
  }
  return ns / 1e6;
}
