/**
 * Mozilla Readability.js on a linkedom document (`parseHTML(html)`), the lightweight DOM many
 * Node users pair it with. linkedom's document has no URL of its own, so relative links stay as
 * written; that does not change the text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractText } from './extractor.js';

/** Readability + linkedom article text (`textContent`). */
export const readabilityLinkedomText: ExtractText = async (html) => {
  const { document } = parseHTML(html);
  // Readability's types name the DOM lib's Document; linkedom's is structurally close enough.
  return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
};
