import { describe, expect, test } from 'vitest';
import { applyContext, collectNames, tagDocument } from './document.js';
import type { TaggedSpan, Tagger, TaggerToken } from './types.js';

const toks = (s: string): TaggerToken[] => s.split(' ').map((text) => ({ text }));

/** A stub first pass: fixed spans per sentence text, so only the document logic is under test. */
function stubTagger(bySentence: Record<string, TaggedSpan[]>): Tagger {
  return { tag: (sentence) => bySentence[sentence.map((t) => t.text).join(' ')] ?? [] };
}

describe('document-level consistency', () => {
  test('a name keeps its majority type across the article', () => {
    const doc = ['Lavrov met Kerry', 'Lavrov said so', 'Lavrov left'].map(toks);
    const tagger = stubTagger({
      'Lavrov met Kerry': [{ start: 0, end: 1, type: 'PERSON', score: 3 }, { start: 2, end: 3, type: 'PERSON', score: 3 }],
      'Lavrov said so': [{ start: 0, end: 1, type: 'PERSON', score: 2 }],
      'Lavrov left': [{ start: 0, end: 1, type: 'LOC', score: 0.5 }],
    });
    expect(tagDocument(tagger, doc)[2]).toEqual([{ start: 0, end: 1, type: 'PERSON', score: 0.5 }]);
  });

  test('an untagged mention of a known name is tagged (ALL-CAPS headline too)', () => {
    const doc = ['LAVROV ARRIVES', 'Sergei Lavrov arrived in Paris'].map(toks);
    const tagger = stubTagger({ 'Sergei Lavrov arrived in Paris': [{ start: 0, end: 2, type: 'PERSON', score: 4 }, { start: 4, end: 5, type: 'LOC', score: 4 }] });
    expect(tagDocument(tagger, doc)[0]).toEqual([{ start: 0, end: 1, type: 'PERSON' }]);
  });

  test.each([
    ['us', []],
    ['US', [{ start: 0, end: 1, type: 'LOC' }]],
  ])('a known name matches only a capitalised mention: "%s"', (word, expected) => {
    const names = new Map([['us', 'LOC' as const]]);
    expect(applyContext(toks(`${word} troops`), [], { names })).toEqual(expected);
  });

  test('collectNames votes by score and adds surnames of people', () => {
    const doc = ['John Kerry spoke', 'Kerry Group'].map(toks);
    const names = collectNames(doc, [[{ start: 0, end: 2, type: 'PERSON', score: 2 }], [{ start: 0, end: 2, type: 'ORG', score: 1 }]]);
    expect(names.get('john kerry')).toBe('PERSON');
    expect(names.get('kerry')).toBe('PERSON');
    expect(names.get('kerry group')).toBe('ORG');
  });
});
