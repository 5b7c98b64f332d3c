/**
 * Transliteration-tolerant keys for the name lists (name-lists.ts). The implementation lives in
 * core/ (shared with the geocoder, so the tagger folds text exactly as the lists were folded).
 *
 * @module
 */
export { foldWords, isArticle, keyWord, placeKey } from '../../core/place-names.js';
