/** Public types of the entity tagger (token-level API: the caller owns tokenisation). */

/** One token of a sentence. `pos` is optional; Penn Treebank or Universal POS tags are both accepted. */
export interface TaggerToken {
  text: string;
  pos?: string;
}

/** The entity types sitrep tags. DATE and QUANTITY come from rule-based stages elsewhere. */
export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'NORP';

/** Every entity type, in a fixed order (tag ids are derived from it). */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'NORP'];

/** A tagged entity over token indices of one sentence; `end` is exclusive. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: EntityType;
  /** Mean per-token score margin of the decoded path over the best alternative tag (higher is surer). */
  score?: number;
}

/**
 * What the document-level pass knows when tagging one sentence: names already typed elsewhere in
 * the same article, keyed by their normalised text (see `nameKey`).
 */
export interface DocContext {
  names: ReadonlyMap<string, EntityType>;
}

/** A loaded tagger. `tag` is pure and synchronous. */
export interface Tagger {
  tag(sentence: readonly TaggerToken[], context?: DocContext): TaggedSpan[];
}
