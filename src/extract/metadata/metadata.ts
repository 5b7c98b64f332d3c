import type { Document as DomDocument, Element } from 'domhandler';
import type { ArticleMeta } from '../../core/index.js';

/** Options for {@link extractMetadata}. */
export interface MetadataOptions {
  /** The page URL, when known (dates and canonical URLs can come from it). */
  url?: string;
}

/**
 * Reads title, standfirst, byline, publication date, site name, language and canonical URL.
 * PLACEHOLDER: `<title>` only; the real reader replaces this.
 */
export function extractMetadata(dom: DomDocument, _raw: string, _options: MetadataOptions = {}): ArticleMeta {
  const meta: ArticleMeta = {};
  const find = (node: DomDocument | Element): Element | undefined => {
    for (const child of node.children) {
      if (child.type !== 'tag') continue;
      const el = child as Element;
      if (el.name === 'title') return el;
      const hit = find(el);
      if (hit) return hit;
    }
    return undefined;
  };
  const title = find(dom);
  const text = title?.children.map((c) => ('data' in c ? String(c.data) : '')).join('').trim();
  if (text) meta.title = { value: text, from: 'title' };
  return meta;
}
