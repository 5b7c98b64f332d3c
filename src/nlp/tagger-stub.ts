/**
 * Stand-in for the trained tagger in `src/nlp/entities/` until it lands: the same interface,
 * and no spans. Delete this file and import `loadTagger` from `./entities/index.js` instead.
 */

/** A token as the tagger sees it. */
export interface TaggerToken {
  text: string;
  pos?: string;
}

/** Entity types the tagger produces. */
export type TaggerEntityType = 'PERSON' | 'ORG' | 'LOC' | 'NORP';

/** A tagged span: token indices within the sentence, end exclusive. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: TaggerEntityType;
  score?: number;
}

/** A sentence tagger. */
export interface Tagger {
  tag(sentence: readonly TaggerToken[]): TaggedSpan[];
}

/** Returns a tagger that finds nothing (the rule layer then does all the work). */
export function loadTagger(): Tagger {
  return { tag: () => [] };
}
