import { describe, expect, test } from 'vitest';
import { TAG_COUNT, TAG_NAMES, allowedTransition, spansToTags, tagsToSpans } from './tags.js';
import { START, viterbi } from './viterbi.js';

const tag = (name: string) => TAG_NAMES.indexOf(name);

/** Emissions that strongly prefer the given tag names, token by token. */
function emissionsFor(preferred: readonly string[]): Float64Array {
  const e = new Float64Array(preferred.length * TAG_COUNT);
  preferred.forEach((name, i) => (e[i * TAG_COUNT + tag(name)] = 10));
  return e;
}

describe('viterbi', () => {
  test.each([
    { name: 'I- at sentence start', preferred: ['I-PERSON', 'O'] },
    { name: 'I- after O', preferred: ['O', 'I-ORG', 'O'] },
    { name: 'I- of another type', preferred: ['B-LOC', 'I-ORG'] },
  ])('never emits an I- that does not continue its type: $name', ({ preferred }) => {
    const { tags } = viterbi(emissionsFor(preferred), preferred.length, new Float64Array((TAG_COUNT + 1) * TAG_COUNT));
    tags.forEach((t, i) => expect(allowedTransition(i === 0 ? -1 : (tags[i - 1] as number), t)).toBe(true));
  });

  test('follows the emissions when they form a valid sequence', () => {
    const preferred = ['B-PERSON', 'I-PERSON', 'O', 'B-LOC'];
    const { tags } = viterbi(emissionsFor(preferred), preferred.length, new Float64Array((TAG_COUNT + 1) * TAG_COUNT));
    expect(tags.map((t) => TAG_NAMES[t])).toEqual(preferred);
  });

  test('transition scores can override a weak emission', () => {
    const e = new Float64Array(2 * TAG_COUNT);
    e[tag('B-ORG')] = 5;
    e[TAG_COUNT + tag('O')] = 1;
    e[TAG_COUNT + tag('I-ORG')] = 0.5;
    const trans = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
    trans[tag('B-ORG') * TAG_COUNT + tag('I-ORG')] = 2;
    expect(viterbi(e, 2, trans).tags.map((t) => TAG_NAMES[t])).toEqual(['B-ORG', 'I-ORG']);
    expect(START).toBe(TAG_COUNT);
  });

  test('empty sentence decodes to nothing', () => {
    expect(viterbi(new Float64Array(0), 0, new Float64Array((TAG_COUNT + 1) * TAG_COUNT)).tags).toEqual([]);
  });
});

describe('BIO conversion', () => {
  test.each([
    { spans: [{ start: 0, end: 2, type: 'PERSON' as const }], length: 3, tags: ['B-PERSON', 'I-PERSON', 'O'] },
    { spans: [{ start: 1, end: 2, type: 'LOC' as const }, { start: 2, end: 3, type: 'LOC' as const }], length: 3, tags: ['O', 'B-LOC', 'B-LOC'] },
  ])('spans ↔ tags round-trip: $tags', ({ spans, length, tags }) => {
    expect(spansToTags(spans, length).map((t) => TAG_NAMES[t])).toEqual(tags);
    expect(tagsToSpans(tags.map(tag))).toEqual(spans);
  });
});
