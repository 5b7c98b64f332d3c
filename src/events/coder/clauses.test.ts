import { describe, expect, test } from 'vitest';
import { clauseRoles, primaryTrigger } from './clauses.js';
import { findTriggers } from './find-triggers.js';
import { taggedWords } from './tagged-words.js';

/** Words from "text/POS" pairs, so the tests do not depend on the tagger. */
const words = taggedWords;

/** The primary trigger's word and type. */
function primary(tagged: string): string {
  const ws = words(tagged);
  const hits = findTriggers(ws, new Set(), { fallback: false });
  const k = primaryTrigger(clauseRoles(ws, hits));
  return k < 0 ? 'none' : `${ws[hits[k]!.i]!.lower} ${hits[k]!.entry.type}`;
}

describe('clauseRoles: event nouns outside the clause', () => {
  test.each([
    // A fronted prepositional phrase closed by a comma is the backdrop.
    ['With/ADP the/DET signing/NOUN of/ADP the/DET accord/NOUN ,/PUNCT the/DET rebels/NOUN agreed/VERB to/PART talk/VERB', 'agreed AGREE'],
    // An apposition between commas describes the subject.
    ['Pakistan/PROPN ,/PUNCT an/DET ally/NOUN in/ADP the/DET war/NOUN ,/PUNCT has/AUX refused/VERB to/PART help/VERB', 'refused REJECT'],
    // A fronted clause (with a verb) is no phrase: its own rules apply.
    ['The/DET war/NOUN ended/VERB ,/PUNCT and/CCONJ Iraq/PROPN refused/VERB to/PART help/VERB', 'war ASSAULT'],
    // A noun of the main clause stays main.
    ['The/DET war/NOUN began/VERB in/ADP March/PROPN', 'war ASSAULT'],
  ])('%s -> %s', (tagged, want) => {
    expect(primary(tagged)).toBe(want);
  });
});
