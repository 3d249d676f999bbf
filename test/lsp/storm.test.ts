import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { corpusText } from '../corpus';
import { change, editStorm, openDocument, serverRss, type OpenDocument } from './editSession';
import { LspClient } from './lspClient';

/**
 * A storm of edits, as fast as they can be sent (typing, deleting, pasting a
 * whole table): the server keeps up, publishes the newest result last and never
 * an older one after a newer, and its memory does not grow with the edits.
 */
const EDITS = 1000;
const MiB = 2 ** 20;

let client: LspClient;
let doc: OpenDocument;
before(async () => {
  client = await LspClient.start('zh-cn');
  doc = await openDocument(client, 'storm.txt', corpusText('000'));
});
after(() => client.stop());

test(`after ${EDITS} edits the last diagnostics are a fresh check of the final text`, async () => {
  const storm = await editStorm(client, doc, EDITS);
  assert.ok(storm.sameAsCore, storm.difference);
});

test('no result is published after a newer one', () => {
  const versions = client.published.filter((p) => p.uri === doc.uri).map((p) => p.version!);
  assert.ok(versions.length > 1);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
  assert.equal(versions[versions.length - 1], doc.mirror.version);
});

test('memory does not grow with the number of edits', async () => {
  // Each storm pastes tables; put the original text back after it, so only the edits could add memory.
  const stormAndReset = async () => {
    assert.ok((await editStorm(client, doc, EDITS)).sameAsCore);
    await change(client, doc, [{ text: corpusText('000') }]);
  };
  // V8 grows its heap over the first storms before it settles (a check allocates a few MiB); the
  // baseline is taken once it has: a leak would go on growing with every storm after that.
  for (let round = 0; round < 2; round++) await stormAndReset();
  const settled = serverRss(client);
  for (let round = 0; round < 3; round++) await stormAndReset();
  const afterFive = serverRss(client);
  // Five storms hold no more than two did, give or take what V8 keeps in reserve (it may still
  // take one more step of heap now and then: tens of MiB). A leak of what each edit's check builds
  // (a report, its findings) would be several hundred MiB over 3,000 edits.
  assert.ok(afterFive - settled < 80 * MiB, `${((afterFive - settled) / MiB).toFixed(0)} MiB more after three more storms`);
});
