import { describe, expect, test } from 'vitest';
import { fallbackTrigger } from './fallback.js';
import { classifySentence } from './model.js';

/** "word/POS word/POS …" as indexed words. */
function words(tagged: string): { lower: string; pos: string; i: number }[] {
  return tagged.split(' ').map((t, i) => {
    const [w, pos] = t.split('/');
    return { lower: w!.toLowerCase(), pos: pos!, i };
  });
}

const ENTERED = words('Militants/NOUN entered/VERB the/DET town/NOUN after/ADP a/DET deadly/ADJ car/NOUN bomb/NOUN blast/NOUN');

describe('fallbackTrigger', () => {
  test('a confident sentence is coded on the verb that weighs most for its type, with the general CAMEO code', () => {
    const fb = fallbackTrigger(ENTERED, new Set(), classifySentence(ENTERED));
    expect([fb?.i, fb?.entry.type, fb?.entry.cameo, fb?.entry.ambiguous]).toEqual([1, 'ASSAULT', '190', true]);
  });

  test('a blocked word (inside an actor or place phrase) is never the trigger', () => {
    expect(fallbackTrigger(ENTERED, new Set([1]), classifySentence(ENTERED))?.i).not.toBe(1);
  });

  test.each([
    ['The/DET minister/NOUN said/VERB the/DET weather/NOUN was/AUX fine/ADJ'],
    ['Hackers/NOUN broke/VERB into/ADP government/NOUN computers/NOUN'],
  ])('no trigger below the calibrated confidence: %s', (tagged) => {
    const ws = words(tagged);
    expect(fallbackTrigger(ws, new Set(), classifySentence(ws))).toBeUndefined();
  });
});
