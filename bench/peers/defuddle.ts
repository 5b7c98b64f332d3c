/**
 * Defuddle through its Node entry (`defuddle/node`), which takes a DOM document from any
 * implementation. Two setups, as its README shows: linkedom (with the two polyfills Defuddle's
 * own linkedom path applies: `styleSheets` and `getComputedStyle`) and jsdom. `useAsync: false`
 * because the benchmark must not reach third-party APIs. Defuddle returns cleaned HTML; it is
 * turned into text with {@link htmlToText}, the same block rules as sitrep's text.
 */
import { Defuddle } from 'defuddle/node';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { ExtractText } from './extractor.js';
import { htmlToText } from './html-to-text.js';

const OPTIONS = { useAsync: false } as const;

type DefuddleInput = Parameters<typeof Defuddle>[0];

/** Defuddle + linkedom article text. */
export const defuddleLinkedomText: ExtractText = async (html, url) => {
  const { document } = parseHTML(html);
  const doc = document as unknown as { styleSheets?: unknown; URL: string; defaultView?: { getComputedStyle?: unknown } };
  // The same polyfills as defuddle/dist/utils/linkedom-compat.js (its string-input path).
  if (!doc.styleSheets) doc.styleSheets = [];
  if (doc.defaultView && !doc.defaultView.getComputedStyle) doc.defaultView.getComputedStyle = () => ({ display: '' });
  doc.URL = url;
  const result = await Defuddle(document as unknown as DefuddleInput, url, OPTIONS);
  return htmlToText(result.content);
};

/** Defuddle + jsdom article text. */
export const defuddleJsdomText: ExtractText = async (html, url) => {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const result = await Defuddle(dom.window.document as unknown as DefuddleInput, url, OPTIONS);
    return htmlToText(result.content);
  } finally {
    dom.window.close();
  }
};
