/**
 * A coarse POS set shared by Penn Treebank (GMB's tags) and Universal POS (wink-nlp's tags at
 * runtime), so a model trained on one can read the other.
 */
const PENN: Record<string, string> = {
  NNP: 'PROPN', NNPS: 'PROPN', NN: 'NOUN', NNS: 'NOUN', JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ',
  RB: 'ADV', RBR: 'ADV', RBS: 'ADV', WRB: 'ADV', IN: 'ADP', TO: 'PART', DT: 'DET', PDT: 'DET', WDT: 'DET',
  CD: 'NUM', PRP: 'PRON', PRP$: 'PRON', WP: 'PRON', WP$: 'PRON', EX: 'PRON', CC: 'CONJ', POS: 'PART', RP: 'PART', MD: 'VERB',
  VB: 'VERB', VBD: 'VERB', VBG: 'VERB', VBN: 'VERB', VBP: 'VERB', VBZ: 'VERB', FW: 'X', SYM: 'X', UH: 'X', LS: 'X',
};
const UNIVERSAL: Record<string, string> = {
  PROPN: 'PROPN', NOUN: 'NOUN', ADJ: 'ADJ', ADV: 'ADV', ADP: 'ADP', SCONJ: 'ADP', PART: 'PART', DET: 'DET', NUM: 'NUM',
  PRON: 'PRON', CCONJ: 'CONJ', CONJ: 'CONJ', VERB: 'VERB', AUX: 'VERB', PUNCT: 'PUNCT', SYM: 'X', X: 'X', INTJ: 'X', SPACE: 'PUNCT',
};

/** Maps a Penn or Universal POS tag to the coarse set; punctuation tags and unknowns fall to PUNCT / X. */
export function coarsePos(tag: string): string {
  const t = tag.toUpperCase();
  return UNIVERSAL[t] ?? PENN[t] ?? (/^[\p{P}\p{S}]+$/u.test(tag) || tag === '-LRB-' || tag === '-RRB-' ? 'PUNCT' : 'X');
}
