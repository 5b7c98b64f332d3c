/**
 * Noun-phrase chunks of a sentence: the word runs the actor finder resolves, a pronoun standing alone,
 * a name the lexicon knows running on over a capitalised word the tagger reads as a verb.
 *
 * @module
 */
import { lookupActor } from '../lexicon/index.js';
import words from './actor-words.json' with { type: 'json' };
import { PLACE_KINDS } from './lexicon-matches.js';
import type { Word } from '../coder/words.js';

const PRONOUNS = new Map(Object.entries(words.pronouns));
const DETERMINERS = new Set(words.determiners);
const CHUNK_ENDERS = new Set(words.chunkEnders);
const COMPASS = new Set(words.compassWords);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);

/** A noun-phrase chunk: its first and last word index (inclusive). */
export interface Chunk {
  first: number;
  last: number;
}

/** Maximal noun-phrase word runs: determiners, adjectives, nouns, names, a possessive, and "of" between names. */
export function chunks(ws: readonly Word[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    if (w.pos === 'PRON' && PRONOUNS.has(w.lower)) {
      out.push({ first: i, last: i });
      i++;
      continue;
    }
    if ((!NP_POS.has(w.pos) && !(w.pos === 'DET' && DETERMINERS.has(w.lower))) || CHUNK_ENDERS.has(w.lower)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length) {
      const n = ws[j + 1]!;
      if (CHUNK_ENDERS.has(n.lower)) break;
      // "an Islamic State target southwest of Baghdad": a direction ends the phrase (not "South Lebanon").
      if (COMPASS.has(n.text) && ws[j + 2]?.lower === 'of') break;
      // "Militants loyal to Zarqawi", "officials close to the president": an adjective after the head noun
      // and before a preposition opens a post-modifier, outside the phrase.
      if (n.pos === 'ADJ' && (ws[j]!.pos === 'NOUN' || ws[j]!.pos === 'PROPN') && ws[j + 2]?.pos === 'ADP') break;
      if (NP_POS.has(n.pos)) j++;
      // "The Red Cross said", "Human Rights Watch said": a capitalised word the tagger reads as a verb ends a name
      // the lexicon knows; the phrase runs on over it.
      else if (n.pos === 'VERB' && ws[j]!.pos === 'PROPN' && /^\p{Lu}/u.test(n.text) && endsKnownName(ws, i, j + 1)) j++;
      else if (n.pos === 'PART' && (n.lower === "'s" || n.lower === "'") && j + 2 < ws.length && NP_POS.has(ws[j + 2]!.pos)) j++;
      else if (n.lower === 'of' && ws[j]!.pos === 'PROPN' && ws[j + 2]?.pos === 'PROPN') j++;
      // "the two exiled dissidents", "the detained journalists": a participle between a determiner or
      // number and its noun modifies it.
      else if (n.pos === 'VERB' && /(ed|en)$/.test(n.lower) && (ws[j]!.pos === 'DET' || ws[j]!.pos === 'NUM') && NP_POS.has(ws[j + 2]?.pos ?? '')) j++;
      else break;
    }
    out.push({ first: i, last: j });
    i = j + 1;
  }
  return out;
}

/** Whether words `from`..`last` end in a name the lexicon knows (two to four words ending at `last`, a state's or capital's excepted). */
function endsKnownName(ws: readonly Word[], from: number, last: number): boolean {
  for (let a = Math.max(from, last - 3); a < last; a++) {
    const entry = lookupActor(ws.slice(a, last + 1).map((w) => w.text).join(' '));
    if (entry && !PLACE_KINDS.has(entry.kind)) return true;
  }
  return false;
}
