/**
 * What the actor finder gives and takes: one actor phrase of a sentence with its code, and the document
 * context the finder reads besides the words.
 *
 * @module
 */
import type { Mention, Referent } from '../../core/index.js';

/** One actor phrase of a sentence: word range (inclusive), text and code. */
export interface FoundActor {
  /** First and last word index (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  name: string;
  country?: string;
  sector?: string;
  by: string;
  referent?: string;
  /** A pronoun the coder must resolve ("it", "they"). */
  pronoun?: 'sg' | 'pl';
  /** The phrase follows a locative preposition ("in Paris"): a place, not an actor. */
  locative: boolean;
  /** Members of one coordination ("The US and Russia") share a group number. */
  group?: number;
  /** The phrase has a common-noun head with its own sector ("officials"); false for bare names/demonyms. */
  hasHead: boolean;
  /** A person the lexicon knows, named here without a title ("Mr Kerry"): the sector is the dated lexicon role's. */
  untitledPerson?: true;
  /** A title in this phrase decided the sector ("US Secretary of State John Kerry"). */
  titled?: true;
  /** A state, capital or seat the lexicon knows: a place after a locative preposition. */
  placeKind?: true;
}

/** What the finder needs from the document besides the words. */
export interface ActorContext {
  /** The sentence's mentions (language layer), in order. */
  mentions: readonly Mention[];
  referents: ReadonlyMap<string, Referent>;
  /** Article date (ISO), for dated roles. */
  date?: string;
}
