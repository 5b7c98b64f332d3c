import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Document } from '../core/index.js';
import { NLP_STAGES } from './index.js';
import { runStages } from './test-doc.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLE = join(root, '..', 'shared', 'data', 'examples', 'independent-syria-ceasefire-2014.txt');
const FIXTURE = join(root, 'test', 'fixtures', 'nlp', 'truce-talks.txt');

/** A plain-text page as paragraphs (blank-line separated), built by hand rather than extracted. */
const analyzeFile = (path: string, published: string): Promise<Document> =>
  runStages(
    readFileSync(path, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
    NLP_STAGES,
    published,
  );

const speakerOf = (doc: Document, startsWith: string) => doc.layer('quotes')!.find((q) => q.text.startsWith(startsWith))?.speaker?.text;
const countOf = (doc: Document, text: string) => {
  const q = doc.layer('quantities')!.find((x) => x.text === text);
  return q && { value: q.value, qualifier: q.qualifier, kind: q.kind };
};

describe.skipIf(!existsSync(EXAMPLE))('example page: independent-syria-ceasefire-2014 (needs ../shared/data)', () => {
  // vitest collects a skipped block's body too: read the page only where it exists.
  const doc = existsSync(EXAMPLE) ? analyzeFile(EXAMPLE, '2014-01-13') : new Promise<Document>(() => {});

  test('resolves "22 January" to 2014-01-22', async () => {
    expect((await doc).layer('dates')!.find((d) => d.text === '22 January')?.value).toBe('2014-01-22');
  });

  test.each([
    ['as many as 100', 100, 'upper'],
    ['About 70', 70, 'approx'],
    ['700', 700, 'exact'],
    ['as many as 1,200', 1200, 'upper'],
    ['14', 14, 'exact'],
  ])('reads the count %s', async (text, value, qualifier) => {
    expect(countOf(await doc, text)).toEqual({ value, qualifier, kind: 'count' });
  });

  test.each([
    ['we talked about the possibility', 'Mr Kerry'],
    ['Syrian President Bashar al-Assad is willing', 'Mr Lavrov'],
    ['it should', 'Mr Lavrov'],
    ['About 70 bodies', 'a rebel militant'],
  ])('attributes the quote "%s…" to %s', async (start, speaker) => {
    expect(speakerOf(await doc, start)).toBe(speaker);
  });
});

describe('own fixture with the same phrasing (always runs)', () => {
  const doc = analyzeFile(FIXTURE, '2015-02-16');

  test('resolves "3 March" against the publication date', async () => {
    expect((await doc).layer('dates')!.find((d) => d.text === '3 March')?.value).toBe('2015-03-03');
  });

  test.each([
    ['as many as 40', 40, 'upper'],
    ['About 30', 30, 'approx'],
    ['300', 300, 'exact'],
    ['as many as 1,500', 1500, 'upper'],
    ['nine', 9, 'exact'],
  ])('reads the count %s', async (text, value, qualifier) => {
    expect(countOf(await doc, text)).toEqual({ value, qualifier, kind: 'count' });
  });

  test.each([
    ['we discussed how a truce', 'Mr Fabius'],
    ['the government in Tripoli is ready', 'Mr Davutoglu'],
    ['the talks should continue', 'Mr Davutoglu'],
    ['they would fail', 'Mr Fabius'],
    ['About 30 bodies', 'a nurse'],
    ['Some of them had been shot', 'a nurse'],
  ])('attributes the quote "%s…" to %s', async (start, speaker) => {
    expect(speakerOf(await doc, start)).toBe(speaker);
  });

  test('merges the minister’s mentions and records his office', async () => {
    const d = await doc;
    const fabius = d.layer('referents')!.filter((r) => r.type === 'PERSON' && r.canonical.endsWith('Fabius'));
    expect(fabius.map((r) => ({ canonical: r.canonical, role: r.role, affiliation: r.affiliation }))).toEqual([
      { canonical: 'Laurent Fabius', role: 'Foreign Minister', affiliation: 'FR' },
    ]);
  });

  test('resolves "the Turks" to Turkey', async () => {
    const d = await doc;
    const m = d.layer('mentions')!.find((x) => x.text === 'Turks')!;
    expect(d.layer('referents')!.find((r) => r.id === m.referent)?.country).toBe('TR');
  });
});
