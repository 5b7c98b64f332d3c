/**
 * Whether an actor phrase names a person or a body (state, organisation, group), read from the
 * article's own words rather than the tagger's entity type: a title noun ("the minister", "Foreign
 * Minister Lavrov") or a person the lexicon knows names a person; a sector noun ("the government",
 * "the army") or a state, organisation or group the lexicon knows names a body; a referent's role
 * (a title given elsewhere in the article) names a person, a referent that stands for a country a body.
 * Pronouns use it: "he"/"she" stand for persons, "it" for bodies.
 *
 * @module
 */
import type { ActorMention, Referent } from '../../core/index.js';
import { lookupActor, sectorForNoun, sectorForTitle } from '../lexicon/index.js';

/** What an actor phrase names, when its words tell. */
export type Personhood = 'person' | 'body';

/** The personhood of `m`, or `undefined` when its words do not tell. */
export function personhood(m: ActorMention, referents: ReadonlyMap<string, Referent>): Personhood | undefined {
  const words = m.text.toLowerCase().replace(/['’]s$/, '').split(/\s+/).filter((w) => w !== '');
  const head = words[words.length - 1] ?? '';
  if (sectorForTitle(head) !== undefined) return 'person';
  if (sectorForNoun(head)) return 'body';
  if (m.by === 'lexicon') {
    const kind = lookupActor(m.name)?.kind;
    if (kind !== undefined) return kind === 'person' ? 'person' : 'body';
  }
  // A title before a name: "Nigerian junior foreign minister Dubem Oniya".
  if (words.slice(0, -1).some((w) => sectorForTitle(w) !== undefined)) return 'person';
  const ref = m.referent === undefined ? undefined : referents.get(m.referent);
  if (ref?.role !== undefined) return 'person';
  if (ref?.country !== undefined) return 'body';
  return undefined;
}

/** The personhood a singular pronoun asks for ("he", "she": a person; "it", "its": a body). */
export function pronounPersonhood(word: string): Personhood | undefined {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'she' || w === 'his' || w === 'her' || w === 'him') return 'person';
  if (w === 'it' || w === 'its') return 'body';
  return undefined;
}
