import { describe, expect, test } from 'vitest';
import { agreement, sentenceStarts } from './article-agreement.js';
import type { GoldEvent } from './article-events.js';

describe('sentence starts of a gold body', () => {
  test.each([
    ['Police arrested two men. The mayor spoke.', [0, 25]],
    // Abbreviations and initials end no sentence.
    ['Mr. Smith met Gen. Lee in the U.S. capital. They agreed.', [0, 44]],
    // A line break always does.
    ['Headline without stop\nBody text.', [0, 22]],
  ])('%j', (text, want) => {
    expect(sentenceStarts(text)).toEqual(want);
  });
});

const ev = (at: number, type: string, extra: Partial<GoldEvent> = {}): GoldEvent => ({ at, type, country: 'USA', status: 'occurred', ...extra });
//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234
const body = 'Troops attacked the town. Leaders met and agreed a truce.';

describe('agreement between two annotators', () => {
  test.each([
    // Same trigger, same type and status: one pair, full agreement; each scores the other at 1.
    ['identical', [ev(7, 'ASSAULT')], [ev(7, 'ASSAULT')], { pairs: 1, typeExact: 1, statusExact: 1, firstRequiredMatched: 1, secondItemsRight: 1 }],
    // Same trigger, other type and status: paired, but neither type nor status agrees.
    ['type and status differ', [ev(7, 'ASSAULT')], [ev(9, 'COERCE', { status: 'claimed' })], { pairs: 1, typeExact: 0, statusExact: 0, statusFactual: 1, secondItemsRight: 0 }],
    // Different sentences never pair, whatever the types.
    ['other sentence', [ev(7, 'AGREE')], [ev(40, 'AGREE')], { pairs: 0, firstRequiredMatched: 0, secondItemsRight: 0 }],
    // Far triggers in one sentence pair by a fitting type (an alternative counts).
    ['fitting alternative', [ev(34, 'CONSULT')], [ev(48, 'AGREE', { alt: ['CONSULT'] })], { pairs: 1, typeExact: 0, typeFits: 1 }],
  ])('%s', (_name, first, second, want) => {
    const a = agreement({ p: first }, { p: second }, { p: body });
    expect(a).toMatchObject({ pages: 1, ...want });
  });

  test('pages the first annotator lacks are left out', () => {
    expect(agreement({}, { p: [ev(7, 'ASSAULT')] }, { p: body }).pages).toBe(0);
  });
});
