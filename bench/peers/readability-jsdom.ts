/**
 * Mozilla Readability.js on a jsdom document — the reference setup from Readability's README:
 * `new JSDOM(html, { url })`, `new Readability(document).parse()`, and its `textContent`.
 * jsdom's console is silenced (it would otherwise print CSS parse errors for many pages) and each
 * window is closed after use, as a batch caller would, so memory is not held across pages.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ExtractText } from './extractor.js';

/** Readability + jsdom article text (`textContent`). */
export const readabilityJsdomText: ExtractText = async (html, url) => {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return new Readability(dom.window.document).parse()?.textContent ?? '';
  } finally {
    dom.window.close();
  }
};
