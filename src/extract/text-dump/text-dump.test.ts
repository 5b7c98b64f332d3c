import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Block } from '../block.js';
import { extractTextDump } from './text-dump.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = join(root, 'test/fixtures/text-dump');
const examples = join(root, '../shared/data/examples');
const NOW = Date.UTC(2026, 0, 1);

function expectExactSegments(raw: string, blocks: readonly Block[]): void {
  for (const b of blocks) {
    for (const s of b.segments) expect(raw.slice(s.sourceStart, s.sourceEnd)).toBe(b.text.slice(s.start, s.end));
  }
}

describe.skipIf(!existsSync(examples))('golden: the Independent dump that started the project (needs ../shared/data/examples)', () => {
  const raw = existsSync(examples) ? readFileSync(join(examples, 'independent-syria-ceasefire-2014.txt'), 'utf8') : '';
  const { meta, blocks } = extractTextDump(raw, { now: NOW });

  test('title is the first line', () => {
    expect(meta.title?.value).toBe('Russia and US unite to push for Syria ceasefire as Kerry and Lavrov meet in Paris');
  });

  test('standfirst is the second block', () => {
    expect(meta.standfirst?.value).toBe('Powers call for humanitarian aid as rebels fight each other');
  });

  // The dump holds ten body paragraphs (its lines 8-26), from the first to the last below.
  test('body is exactly the article paragraphs', () => {
    expect(blocks.map((b) => b.kind)).toEqual(Array(10).fill('p'));
    expect(blocks[0]!.text).toMatch(/^The US and Russia have discussed/);
    expect(blocks.at(-1)!.text).toMatch(/American efforts to end the war\.$/);
  });

  test('no clutter in the body', () => {
    const text = blocks.map((b) => b.text).join('\n');
    for (const clutter of ['Share', 'Related Topics', 'React Now', 'i100', 'Recruitment Genius', 'per annum', 'Read Next', 'Simon Kelner']) expect(text).not.toContain(clutter);
  });

  test('segments map exactly onto the source', () => expectExactSegments(raw, blocks));
});

describe('fixture: news dump with breadcrumbs, byline, dateline and clutter', () => {
  const raw = readFileSync(join(fixtures, 'harbour-strike.txt'), 'utf8');
  const { meta, blocks } = extractTextDump(raw, { now: NOW });

  test.each([
    ['title', 'Dockworkers walk out as port talks collapse in Rotterdam'],
    ['standfirst', 'Union says pay offer fails to keep pace with rising living costs'],
    ['byline', 'Marta Jansen, Pieter de Vries'],
    ['published', '2025-03-04'],
    ['lang', 'en'],
  ] as const)('%s', (field, value) => {
    expect(meta[field]?.value).toBe(value);
  });

  test('body keeps paragraphs, a short sentence and a crosshead, in order, and nothing else', () => {
    expect(blocks.map((b) => `${b.kind}:${b.text.slice(0, 20)}`)).toEqual([
      'p:Thousands of dockwor',
      'p:The strike, the firs',
      'p:Union leaders said t',
      'p:Talks stalled.',
      'h:What happens next',
      'p:Both sides are due t',
      'p:Economists at the ce',
    ]);
  });

  test('meta spans point at the source', () => {
    for (const field of ['title', 'standfirst'] as const) {
      const f = meta[field]!;
      expect(raw.slice(f.source!.start, f.source!.end)).toBe(f.value);
    }
    expect(raw.slice(meta.published!.source!.start, meta.published!.source!.end)).toBe('4 March 2025');
  });

  test('segments map exactly onto the source', () => expectExactSegments(raw, blocks));
});

describe('fixture: hard-wrapped dump with no title', () => {
  const raw = readFileSync(join(fixtures, 'wrapped-body-only.txt'), 'utf8');
  const { meta, blocks } = extractTextDump(raw, { now: NOW });

  test('no title or standfirst is invented', () => {
    expect([meta.title, meta.standfirst]).toEqual([undefined, undefined]);
  });

  test('wrapped lines join into four paragraphs, one segment per line', () => {
    expect(blocks).toHaveLength(4);
    expect(blocks.map((b) => b.segments.length)).toEqual([3, 3, 3, 3]);
    expect(blocks[0]!.text).toBe(
      'The council voted on Wednesday night to close the old library on Mill Street, ending a campaign by residents that had lasted almost three years and drawn hundreds of people to public meetings.',
    );
  });

  test('segments map exactly onto the source', () => expectExactSegments(raw, blocks));
});

const para = (n: number) => `Paragraph ${n} of the story says that the officials met again on the following day and agreed to keep talking.`;

describe('head of the dump', () => {
  test.each([
    ['breadcrumbs before the title', `Home > World > Middle East\n\nTalks resume in the capital after a pause\n\n${para(1)}\n\n${para(2)}`, 'Talks resume in the capital after a pause'],
    ['site name before the title', `The Daily Ledger\n\nTalks resume in the capital after a pause\n\n${para(1)}\n\n${para(2)}`, 'Talks resume in the capital after a pause'],
    ['question headline running into the body', `Will the talks resume in the capital after such a long pause?\n${para(1)}\n${para(2)}\n${para(3)}`, 'Will the talks resume in the capital after such a long pause?'],
  ])('title: %s', (_label, raw, title) => {
    const { meta, blocks } = extractTextDump(raw, { now: NOW });
    expect(meta.title?.value).toBe(title);
    expect(blocks[0]!.text).toBe(para(1));
  });

  test.each([
    ['byline and date on one line', 'By Patrick Cockburn Monday 13 January 2014', 'Patrick Cockburn', '2014-01-13'],
    ['dateline with time', 'Published: 13 January 2014 10:23 GMT', undefined, '2014-01-13T10:23:00+00:00'],
    ['update line is not the publication date', 'Updated 13 January 2014', undefined, undefined],
    ['byline only', 'By Jane Smith and Omar Saleh', 'Jane Smith, Omar Saleh', undefined],
  ])('%s', (_label, line, byline, published) => {
    const { meta } = extractTextDump(`Talks resume in the capital after a pause\n\n${line}\n\n${para(1)}\n\n${para(2)}`, { now: NOW });
    expect([meta.byline?.value, meta.published?.value]).toEqual([byline, published]);
    expect(meta.title?.value).toBe('Talks resume in the capital after a pause');
  });

  test('no date line: published stays undefined', () => {
    expect(extractTextDump(`A headline for the story\n\n${para(1)}`, { now: NOW }).meta.published).toBeUndefined();
  });
});

describe('body', () => {
  test('the longest prose run wins over teaser prose', () => {
    const raw = `Title of the piece here\n\n${para(1)}\n\n${para(2)}\n\n${para(3)}\n\nRead Next\n\nA teaser headline\n\n${para(9)}`;
    expect(extractTextDump(raw, { now: NOW }).blocks.map((b) => b.text)).toEqual([para(1), para(2), para(3)]);
  });

  test('two headings in a row end the body', () => {
    const raw = `${para(1)}\n\n${para(2)}\n\nMore Stories\nA Different Headline\n\n${para(8)}`;
    expect(extractTextDump(raw, { now: NOW }).blocks).toHaveLength(2);
  });

  test('CRLF line endings', () => {
    const raw = `Talks resume in the capital after a pause\r\n\r\n${para(1)}\r\n\r\n${para(2)}\r\n`;
    const { meta, blocks } = extractTextDump(raw, { now: NOW });
    expect(meta.title?.value).toBe('Talks resume in the capital after a pause');
    expect(blocks.map((b) => b.text)).toEqual([para(1), para(2)]);
    expectExactSegments(raw, blocks);
  });

  test('internal runs of spaces collapse, with one segment per run of single-spaced words', () => {
    const raw = `${para(1).replace('officials met', 'officials  met')}`;
    const { blocks } = extractTextDump(raw, { now: NOW });
    expect(blocks[0]!.text).toBe(para(1));
    expect(blocks[0]!.segments).toHaveLength(2);
    expectExactSegments(raw, blocks);
  });

  test.each([
    ['empty', ''],
    ['only clutter', 'Share\nRead Next\nAdvertisement'],
    ['only headlines', 'A Headline\n\nAnother Headline Here'],
  ])('no body: %s', (_label, raw) => {
    expect(extractTextDump(raw, { now: NOW }).blocks).toEqual([]);
  });
});
