/**
 * Name folding for transliteration-tolerant matching. The implementation lives in core/ (it is
 * shared with the entity tagger's name lists, which must fold names exactly as the geocoder does).
 *
 * @module
 */
export { foldName, keyOfFolded, nameKey } from '../../core/place-names.js';
