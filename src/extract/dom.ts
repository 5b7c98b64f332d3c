import { parseDocument } from 'htmlparser2';
import type { Document as DomDocument } from 'domhandler';

/**
 * Parses HTML into a domhandler tree whose nodes keep `startIndex`/`endIndex` into `raw`, so
 * every extracted character can be traced back to the page.
 */
export function parseHtml(raw: string): DomDocument {
  return parseDocument(raw, {
    withStartIndices: true,
    withEndIndices: true,
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
}
