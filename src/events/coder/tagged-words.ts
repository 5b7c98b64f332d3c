import type { Word } from './words.js';

/**
 * Words from "text/POS" pairs separated by single spaces ("Rebels/NOUN shelled/VERB …"), with
 * offsets as if joined by one space. The coder's unit tests build their sentences with it so they
 * do not depend on the tagger.
 */
export function taggedWords(tagged: string): Word[] {
  let at = 0;
  return tagged.split(' ').map((pair, i) => {
    const cut = pair.lastIndexOf('/');
    const text = pair.slice(0, cut);
    const w: Word = { start: at, end: at + text.length, text, lower: text.toLowerCase(), pos: pair.slice(cut + 1), i };
    at += text.length + 1;
    return w;
  });
}
