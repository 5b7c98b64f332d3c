import data from './metonymy.json' with { type: 'json' };

const PLACE_WORDS = new Set(data.placeWords);

/**
 * Whether a capital stands for its country's government ("Moscow said", "talks between Moscow
 * and Washington") rather than for the city ("in Paris", "Damascus suburbs"). A place word before
 * it or a noun after it (an attributive use) makes it the city.
 *
 * @param before the lower-cased word before the capital, if any.
 * @param afterPos POS of the token after it, if any.
 * @param afterWord the word after it, if any.
 */
export function isMetonym(before: string | undefined, afterPos: string | undefined, afterWord: string | undefined): boolean {
  if (before !== undefined && PLACE_WORDS.has(before)) return false;
  if (afterWord === "'s" || afterWord === '’s') return true;
  if (afterPos === 'VERB' || afterPos === 'AUX') return true;
  if (afterWord === 'and' || afterWord === 'or') return true;
  return false;
}
