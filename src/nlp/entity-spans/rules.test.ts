import { describe, expect, test } from 'vitest';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { analyzeParagraph } from '../tokens/wink.js';
import { ruleSpans } from './rules.js';

const rulesOf = (text: string) => {
  const a = analyzeParagraph(text);
  const words = a.starts.map((s, i) => text.slice(s, a.ends[i]));
  return ruleSpans(words, a.pos, loadGazetteer()).spans.map((r) => `${words.slice(r.start, r.end).join(' ').replace(/ - /g, '-')}/${r.type}`);
};

describe('entity rules', () => {
  test.each([
    ['a person after an office', 'Foreign Minister Sergei Lavrov spoke.', 'Sergei Lavrov/PERSON'],
    ['a person after an honorific', 'Then Mr Kerry left.', 'Kerry/PERSON'],
    ['a name with a particle', 'President Bashar al-Assad spoke.', 'Bashar al-Assad/PERSON'],
    ['a country by a short name', 'The US said so.', 'US/LOC'],
    ['a demonym', 'Syrian troops moved.', 'Syrian/NORP'],
    ['an organisation', 'He told Reuters.', 'Reuters/ORG'],
    ['a shared demonym', 'An American envoy came.', 'American/NORP'],
  ])('finds %s', (_name, text, expected) => {
    expect(rulesOf(text)).toContain(expected);
  });

  test.each([
    ['lower-case words that are also names', 'They ate turkey in a chad of paper.'],
    ['an office with no name after it', 'The President spoke.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(rulesOf(text)).toEqual([]);
  });
});
