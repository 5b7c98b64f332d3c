/**
 * Golden pages: a dozen small pages we wrote ourselves in the layouts news sites use (classic
 * article, JSON-LD, paywall stub, live blog, gallery, non-English, broken markup, structure,
 * wire copy, inline teasers, Windows-1252, blog with comments). Expectations are lenient
 * (trafilatura's with/without snippets) plus metadata, and provenance invariants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/article.js';
import { readInput } from '../src/ingest/index.js';

interface Expected {
  title?: string;
  standfirst?: string;
  bylineIncludes?: string[];
  published?: string;
  lang?: string;
  siteName?: string;
  url?: string;
  encoding?: string;
  mustContain: string[];
  mustNotContain: string[];
  paragraphs?: number;
  kinds?: Record<string, number>;
}

const dir = join(import.meta.dirname, 'fixtures');
const pages = readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.html')).sort();
const cases = pages.map((file) => {
  const id = basename(file, '.html');
  const expected = JSON.parse(readFileSync(join(dir, 'expected', `${id}.json`), 'utf8')) as Expected;
  return { id, path: join(dir, 'pages', file), expected };
});

/** Visible text of a piece of HTML: tags dropped, entities decoded, whitespace collapsed. */
function visible(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

describe.each(cases)('golden page $id', ({ path, expected }) => {
  const result = extract(path);

  test('has the expected metadata', async () => {
    const r = await result;
    if (expected.title !== undefined) expect(r.title).toBe(expected.title);
    if (expected.standfirst !== undefined) expect(r.standfirst).toBe(expected.standfirst);
    for (const name of expected.bylineIncludes ?? []) expect(r.byline ?? '').toContain(name);
    if (expected.published !== undefined) expect(r.published?.slice(0, 10)).toBe(expected.published);
    if (expected.lang !== undefined) expect(r.lang).toBe(expected.lang);
    if (expected.siteName !== undefined) expect(r.siteName).toBe(expected.siteName);
    if (expected.url !== undefined) expect(r.url).toBe(expected.url);
    if (expected.encoding !== undefined) expect(r.encoding).toBe(expected.encoding);
  });

  test('keeps the article text', async () => {
    const r = await result;
    for (const snippet of expected.mustContain) expect(r.text).toContain(snippet);
  });

  test('drops the boilerplate', async () => {
    const r = await result;
    for (const snippet of expected.mustNotContain) expect(r.text).not.toContain(snippet);
  });

  test('keeps the block structure', async () => {
    const r = await result;
    if (expected.paragraphs !== undefined) expect(r.paragraphs).toHaveLength(expected.paragraphs);
    for (const [kind, count] of Object.entries(expected.kinds ?? {})) {
      expect(r.paragraphs.filter((p) => p.kind === kind)).toHaveLength(count);
    }
  });

  test('maps every paragraph back to the source range it came from', async () => {
    const r = await result;
    const source = await readInput(path);
    expect(r.paragraphs.length).toBeGreaterThan(0);
    for (const p of r.paragraphs) {
      expect(p.sourceStart).toBeGreaterThanOrEqual(0);
      expect(p.sourceEnd).toBeGreaterThan(p.sourceStart);
      const from = visible(source.raw.slice(p.sourceStart, p.sourceEnd));
      const words = p.text.split(/\s+/);
      expect(from).toContain(words.slice(0, 3).join(' '));
      expect(from).toContain(words.slice(-3).join(' '));
    }
  });
});
