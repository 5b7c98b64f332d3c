import { describe, expect, test } from 'vitest';
import type { RawBlock } from './block-walk.js';
import { filterBlocks, isBoilerplateBlock, repeatsTitle } from './block-filter.js';

function block(text: string, extra: Partial<RawBlock> = {}): RawBlock {
  return { kind: 'p', text, segments: [], linkChars: 0, tag: 'p', ...extra };
}

const PROSE = 'The council voted on Tuesday to approve the new budget, which includes funds for schools.';

describe('isBoilerplateBlock', () => {
  test.each([
    ['Advertisement'],
    ['Continue reading below'],
    ['Share this article'],
    ['Sign up for our daily newsletter'],
    ['Follow us on Twitter'],
    ['Tags: politics, budget'],
    ['14 March 2021'],
    ['Anzeige'],
    ['Back to top'],
    ['Image 2 of 5'],
    ['Like this story? Share it with a friend!'],
    ['If you enjoyed this article, we have a proposition for you: join our club.'],
    ['Get the magazine delivered through your letterbox every month.'],
  ])('stock line %j', (text) => {
    expect(isBoilerplateBlock(block(text))).toBe(true);
  });

  const LINKED = 'Apple is holding a surprise event in New York City next month, sources say';
  test.each([
    ['a link list line', 'Read: Another story about budgets', 27, true],
    ['a linked lead-in with a short label', `${LINKED} [WATCH]`, LINKED.length, true],
    ['a linked lead-in followed by a sentence', `${LINKED}. The event is said to be all about apps, games and services.`, LINKED.length, false],
  ])('link-dense: %s', (_name, text, linkChars, expected) => {
    expect(isBoilerplateBlock(block(text, { linkChars }))).toBe(expected);
  });

  test.each([[PROSE], ['More than 100 people attended.'], ['By the end of the year, prices fell.'], ['Image 2 of the series shows the harbour.']])('prose %j is kept', (text) => {
    expect(isBoilerplateBlock(block(text))).toBe(false);
  });
});

describe('repeatsTitle', () => {
  test.each([
    ['Council approves budget', 'Council approves budget | The Daily Ledger', true],
    ["Anastassiades' light installation for FLOS", 'Michael Anastassiades’ light installation for FLOS - Inexhibit', true],
    ['Council approves budget', 'Storm hits coast', false],
  ])('%j vs title %j → %s', (text, title, expected) => {
    expect(repeatsTitle(block(text, { kind: 'h', level: 1 }), title)).toBe(expected);
  });
});

describe('filterBlocks', () => {
  test('drops the repeated title heading and keeps the body', () => {
    const out = filterBlocks([block('Council approves budget', { kind: 'h', level: 1 }), block(PROSE)], 'Council approves budget - Ledger');
    expect(out.map((b) => b.text)).toEqual([PROSE]);
  });

  test('keeps a subheading followed by text', () => {
    const out = filterBlocks([block(PROSE), block('What happens next', { kind: 'h', level: 2 }), block(PROSE)], undefined);
    expect(out).toHaveLength(3);
  });

  test('drops a trailing heading with nothing after it', () => {
    const out = filterBlocks([block(PROSE), block('Latest videos', { kind: 'h', level: 2 })], undefined);
    expect(out).toHaveLength(1);
  });

  test('drops a "related" heading together with the list after it', () => {
    const out = filterBlocks(
      [block(PROSE), block('More Great Stories'), block('First teaser', { kind: 'li', level: 1 }), block('Second teaser', { kind: 'li', level: 1 })],
      undefined,
    );
    expect(out.map((b) => b.text)).toEqual([PROSE]);
  });
});

describe('stock lines, more', () => {
  test.each([['Loading content ...'], ['First Published on Nov 20, 2019 01:38 pm'], ['12:02 PM']])('%j', (text) => {
    expect(isBoilerplateBlock(block(text))).toBe(true);
  });
});

describe('dates and reading times', () => {
  test.each([['November 20, 2019 - 11:28 AMT'], ['5 min read'], ['Tempo de leitura: 2 minutos']])('%j', (text) => {
    expect(isBoilerplateBlock(block(text))).toBe(true);
  });
});
