import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';
import { loadTagger, createTagger, simpleTokenize, tagDocument } from './index.js';
import { deserialiseModel } from './model-io.js';
import { recaseHeadline } from './recase.js';
import type { EntityType } from './index.js';

/** Tags text with the committed model and returns "surface:TYPE" per span. */
function tagText(text: string): string[] {
  const tokens = simpleTokenize(text).map((t) => ({ text: t.text }));
  return loadTagger()
    .tag(tokens)
    .map((s) => `${tokens.slice(s.start, s.end).map((t) => t.text).join(' ')}:${s.type}`);
}

describe('committed entity model', () => {
  test.each<[string, string, EntityType]>([
    ['President George Bush met Iraqi leaders in Baghdad on Monday.', 'George Bush', 'PERSON'],
    ['President George Bush met Iraqi leaders in Baghdad on Monday.', 'Iraqi', 'NORP'],
    ['President George Bush met Iraqi leaders in Baghdad on Monday.', 'Baghdad', 'LOC'],
    ['The United Nations Security Council condemned the attack.', 'United Nations Security Council', 'ORG'],
    ['Russian Foreign Minister Sergei Lavrov arrived in Paris.', 'Sergei Lavrov', 'PERSON'],
    ['Taleban militants attacked a NATO convoy in Afghanistan on Sunday.', 'Afghanistan', 'LOC'],
    ['Taleban militants attacked a NATO convoy in Afghanistan on Sunday.', 'NATO', 'ORG'],
  ])('%s → %s is %s', (text, name, type) => {
    expect(tagText(text)).toContain(`${name}:${type}`);
  });

  test('spans are well-formed token ranges with a score', () => {
    const tokens = simpleTokenize('Mr. Kerry flew to Geneva.').map((t) => ({ text: t.text }));
    for (const s of loadTagger().tag(tokens)) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(tokens.length);
      expect(typeof s.score).toBe('number');
    }
  });

  test('an empty sentence has no entities', () => {
    expect(loadTagger().tag([])).toEqual([]);
  });

  test('loadTagger returns the cached tagger', () => {
    expect(loadTagger()).toBe(loadTagger());
  });

  test('tagDocument gives every mention of a name one type', () => {
    const sentences = ['Sergei Lavrov met John Kerry in Paris.', 'Lavrov said the talks went well.', 'Kerry agreed.'].map((s) =>
      simpleTokenize(s).map((t) => ({ text: t.text })),
    );
    const types = new Set<string>();
    tagDocument(loadTagger(), sentences).forEach((spans, i) => {
      for (const s of spans) {
        const text = (sentences[i] ?? []).slice(s.start, s.end).map((t) => t.text).join(' ');
        if (text.endsWith('Lavrov')) types.add(s.type);
      }
    });
    expect([...types]).toEqual(['PERSON']);
  });
});

describe('recase option', () => {
  test('tags a Title Case headline as its running-text casing', () => {
    const tagger = createTagger(deserialiseModel(readFileSync(dataPath('ner-model.json.gz'))).model, undefined, { recase: true });
    const headline = simpleTokenize('Rebels Seize Town Near Damascus After Heavy Fighting').map((t) => ({ text: t.text }));
    const recased = recaseHeadline(headline.map((t) => t.text))!.map((text) => ({ text }));
    expect(tagger.tag(headline)).toEqual(tagger.tag(recased));
  });
});
