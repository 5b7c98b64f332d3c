/**
 * Mozilla Readability.js on a jsdom document — the reference setup from Readability's README:
 * `new JSDOM(html, { url })`, `new Readability(document).parse()`. Its article HTML (`content`)
 * is turned into text with {@link htmlToText}: on this corpus that scores higher than its
 * `textContent` (F1 0.952 vs 0.947 with linkedom), which fuses words across block boundaries, so
 * it is the fairer of the two; the conversion is timed with the rest.
 * jsdom's console is silenced (it would otherwise print CSS parse errors for many pages) and each
 * window is closed after use, as a batch caller would, so memory is not held across pages.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ExtractText } from './extractor.js';
import { htmlToText } from './html-to-text.js';

/** Readability + jsdom article text. */
export const readabilityJsdomText: ExtractText = async (html, url) => {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document).parse();
    return article?.content ? htmlToText(article.content) : '';
  } finally {
    dom.window.close();
  }
};
