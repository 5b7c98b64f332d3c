/**
 * Mozilla Readability.js on a linkedom document (`parseHTML(html)`), the lightweight DOM many
 * Node users pair it with. linkedom's document has no URL of its own, so relative links stay as
 * written; that does not change the text. Its `content` is turned into text as in
 * `readability-jsdom.ts` (see there why).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractText } from './extractor.js';
import { htmlToText } from './html-to-text.js';

/** Readability + linkedom article text. */
export const readabilityLinkedomText: ExtractText = async (html) => {
  const { document } = parseHTML(html);
  // Readability's types name the DOM lib's Document; linkedom's is structurally close enough.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return article?.content ? htmlToText(article.content) : '';
};
