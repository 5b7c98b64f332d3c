import { describe, expect, test } from 'vitest';
import type { IngestOutcome, PreparedBundle, Store } from '../store/index.js';
import { BatchWriter } from './writer.js';

/** A prepared page with just the id the writer and this fake store look at. */
const page = (id: string): PreparedBundle => ({ document: { id } }) as PreparedBundle;

/** A store that records the batches it is asked to write (and fails on a page named `bad`). */
function fakeStore(): { store: Store; batches: string[][] } {
  const batches: string[][] = [];
  const store = {
    ingestPrepared: async (pages: readonly PreparedBundle[]): Promise<IngestOutcome[]> => {
      const ids = pages.map((p) => p.document.id);
      if (ids.includes('bad')) throw new Error('disk full');
      batches.push(ids);
      return ids.map((documentId) => ({ documentId, status: 'new', events: 0 }));
    },
  } as unknown as Store;
  return { store, batches };
}

/** Adds pages a..e to a writer of batches of two (and a long wait), then flushes; returns the batches and what onWritten saw. */
async function writeFive(): Promise<{ batches: string[][]; written: string[] }> {
  const { store, batches } = fakeStore();
  const written: string[] = [];
  const writer = new BatchWriter(store, { maxPages: 2, maxWaitMs: 60_000, onWritten: (p) => written.push(p.document.id) });
  for (const id of ['a', 'b', 'c', 'd', 'e']) await writer.add(page(id));
  await writer.flush();
  return { batches, written };
}

describe('BatchWriter', () => {
  test.each([
    ['writes full batches as they fill and the rest on flush', async () => (await writeFive()).batches, [['a', 'b'], ['c', 'd'], ['e']]],
    ['reports every page, in the order queued', async () => (await writeFive()).written, ['a', 'b', 'c', 'd', 'e']],
  ])('%s', async (_name, actual, expected) => {
    expect(await actual()).toEqual(expected);
  });

  test('a partly filled batch is written once its first page has waited long enough', async () => {
    const { store, batches } = fakeStore();
    const writer = new BatchWriter(store, { maxPages: 10, maxWaitMs: 5, onWritten: () => undefined });
    await writer.add(page('a'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(batches).toEqual([['a']]);
  });

  test('a queued page is known until its batch is written', async () => {
    const { store } = fakeStore();
    const writer = new BatchWriter(store, { maxPages: 10, maxWaitMs: 60_000, onWritten: () => undefined });
    await writer.add(page('a'));
    const before = writer.has('a');
    await writer.flush();
    expect([before, writer.has('a')]).toEqual([true, false]);
  });

  test('a failed batch fails the next add, so the run stops', async () => {
    const { store } = fakeStore();
    const writer = new BatchWriter(store, { maxPages: 10, maxWaitMs: 60_000, onWritten: () => undefined });
    await writer.add(page('bad'));
    await expect(writer.flush()).rejects.toThrow('disk full');
    await expect(writer.add(page('a'))).rejects.toThrow('disk full');
  });
});
