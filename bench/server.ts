import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { checkText, renderTableTemplate, useLanguage, type Finding } from '../server/src/core/index';
import { CORPUS_FILES, corpusText } from '../test/corpus';
import { fileUri, LspClient } from '../test/lsp/lspClient';
import { longReport, repeatedCorpus } from '../test/support/largeDrafts';
import { formatMiB, formatMs, percentile, type BenchResult } from './measure';

const SERVER = path.resolve(__dirname, '../dist/server.js');
/** Documents live in a folder with no `.govreport.json`, so the server uses the defaults, as `checkText` does here. */
const DOCUMENTS = '/tmp/govreport-bench';
const TYPING_EDITS = 200;
/** The first edits run while V8 still compiles the server's edit path; a drafter pays that once a session. */
const WARM_UP_EDITS = 20;
const BIG_SIZE = 5 * 2 ** 20;
const BIG_EDITS = 5;
const STORM_EDITS = 1000;
/** A benchmark waits as long as the server takes (the protocol tests' limit is 10 s); a 5 MB check on a busy machine can take longer. */
const WAIT_MS = 120_000;

/**
 * The language server as an editor meets it: the time from a keystroke
 * (`didChange`) to the diagnostics of that version, its memory, and whether
 * after a storm of edits the last diagnostics are those of the final text.
 */
export async function benchServer(): Promise<BenchResult[]> {
  if (!existsSync(SERVER)) return [{ name: 'Language server', value: 'not measured: dist/server.js is not built', target: '' }];
  useLanguage('zh-cn');
  const client = await LspClient.start('zh-cn');
  try {
    const documents = await openCorpus(client);
    const openRss = serverRss(client);
    const typing = await typingLatencies(client, documents[0], TYPING_EDITS);
    const storm = await editStorm(client, documents[1]);
    const stormRss = serverRss(client);
    // Last: the memory a 5 MB check leaves behind would blur the two readings above.
    const big = await openDocument(client, 'big.txt', longReport(BIG_SIZE));
    const bigTyping = await typingLatencies(client, big, BIG_EDITS);
    const pasted = await openDocument(client, 'pasted.txt', repeatedCorpus(BIG_SIZE));
    const pastedTyping = await typingLatencies(client, pasted, BIG_EDITS);
    return [
      { name: `Server: keystroke → diagnostics, corpus report, p50 (${TYPING_EDITS} edits)`, value: formatMs(percentile(typing, 50)), target: '' },
      { name: 'Server: keystroke → diagnostics, corpus report, p99 of all edits', value: formatMs(percentile(typing, 99)), target: '' },
      {
        name: `Server: keystroke → diagnostics, corpus report, p99 after the first ${WARM_UP_EDITS} edits`,
        value: formatMs(percentile(typing.slice(WARM_UP_EDITS), 99)),
        target: '< 10 ms',
        met: percentile(typing.slice(WARM_UP_EDITS), 99) < 10,
      },
      { name: `Server: keystroke → diagnostics, 5 MB draft (one report), p50 (${BIG_EDITS} edits)`, value: formatMs(percentile(bigTyping, 50)), target: '' },
      { name: 'Server: keystroke → diagnostics, 5 MB draft (one report), p99', value: formatMs(percentile(bigTyping, 99)), target: '< 300 ms', met: percentile(bigTyping, 99) < 300 },
      {
        name: 'Server: keystroke → diagnostics, 5 MB of corpus reports pasted one after another (stress), p50',
        value: formatMs(percentile(pastedTyping, 50)),
        target: '',
      },
      { name: `Server: resident memory with the ${CORPUS_FILES.length} corpus files open`, value: formatMiB(openRss), target: '' },
      { name: `Server: resident memory after a storm of ${STORM_EDITS} edits`, value: formatMiB(stormRss), target: '' },
      {
        name: 'Server: last diagnostics after the storm equal `checkText` of the final text',
        value: storm.sameAsCore ? 'yes' : `no: ${storm.difference}`,
        target: 'yes',
        met: storm.sameAsCore,
      },
    ];
  } finally {
    await client.stop();
  }
}

/** An open document, mirrored here to know its text after our edits. */
interface OpenDocument {
  uri: string;
  mirror: TextDocument;
}

async function openDocument(client: LspClient, name: string, text: string): Promise<OpenDocument> {
  const uri = fileUri(path.join(DOCUMENTS, name));
  await client.open(uri, text);
  await client.diagnostics(uri, (p) => p.version === 1, 0, WAIT_MS);
  return { uri, mirror: TextDocument.create(uri, 'govreport', 1, text) };
}

function openCorpus(client: LspClient): Promise<OpenDocument[]> {
  return Promise.all(CORPUS_FILES.map((name) => openDocument(client, name, corpusText(name.slice(0, 3)))));
}

/** Sends one `didChange` and updates the mirror; returns the new version. */
async function change(client: LspClient, doc: OpenDocument, changes: TextDocumentContentChangeEvent[]): Promise<number> {
  const version = doc.mirror.version + 1;
  doc.mirror = TextDocument.update(doc.mirror, changes, version);
  await client.change(doc.uri, version, changes);
  return version;
}

/** Where to type: after the first number of 表三, a cell the sums depend on, so every keystroke changes the findings. */
function typingPosition(doc: OpenDocument) {
  const lines = doc.mirror.getText().split(/\r\n|\r|\n/);
  const section = lines.findIndex((l) => l.startsWith('三、'));
  const line = lines.findIndex((l, i) => i > section && /^\t?\d+$/.test(l));
  return { line, character: lines[line].length };
}

/** Types a digit, deletes it, and so on; for each edit, the time until the diagnostics of its version arrive. */
async function typingLatencies(client: LspClient, doc: OpenDocument, edits: number): Promise<number[]> {
  const at = typingPosition(doc);
  const latencies: number[] = [];
  for (let i = 0; i < edits; i++) {
    const typed = i % 2 === 0;
    const range = typed ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    const start = performance.now();
    const version = await change(client, doc, [{ range, text: typed ? '7' : '' }]);
    await client.diagnostics(doc.uri, (p) => p.version === version, 0, WAIT_MS);
    latencies.push(performance.now() - start);
  }
  return latencies;
}

/**
 * A thousand edits as fast as they can be sent: typing and deleting digits in
 * 表三 and, every hundredth, pasting a whole table. Then the last diagnostics
 * must be exactly what the core finds in the final text.
 */
async function editStorm(client: LspClient, doc: OpenDocument): Promise<{ sameAsCore: boolean; difference?: string }> {
  const at = typingPosition(doc);
  const table = renderTableTemplate(3, '2019', 'cells', '\n');
  let typed = 0;
  for (let i = 0; i < STORM_EDITS; i++) {
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
function compareDiagnostics(published: Diagnostic[], expected: Finding[]): { sameAsCore: boolean; difference?: string } {
  const key = (rule: unknown, message: string, range: unknown) => JSON.stringify([rule, message, range]);
  const got = published.map((d) => key(d.code, typeof d.message === 'string' ? d.message : d.message.value, d.range)).sort();
  const want = expected.map((f) => key(f.rule, f.message, f.range)).sort();
  const missing = want.filter((k) => !got.includes(k));
  const extra = got.filter((k) => !want.includes(k));
  if (!missing.length && !extra.length && got.length === want.length) return { sameAsCore: true };
  return { sameAsCore: false, difference: `${missing.length} missing, ${extra.length} extra (${got.length} vs ${want.length})` };
}

/** The server's resident set size in bytes, from /proc. */
function serverRss(client: LspClient): number {
  const status = readFileSync(`/proc/${client.serverPid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!kb) throw new Error('no VmRSS in /proc status');
  return Number(kb[1]) * 1024;
}
