import type { AnyNode, Document as DomDocument, Element, Text } from 'domhandler';
import { decodeHTML } from 'entities';
import type { Block } from '../block.js';

/**
 * The longest `articleBody` string in the page's JSON-LD scripts, as paragraph blocks (split on
 * line breaks; tags stripped, entities decoded, whitespace collapsed). A paragraph found
 * verbatim in the script maps exactly; otherwise (JSON escapes) it maps to the whole script.
 * `undefined` when the page has none.
 */
export function jsonLdArticleBody(dom: DomDocument, raw: string): Block[] | undefined {
  let best: { text: string; script: Text } | undefined;
  const visit = (node: AnyNode): void => {
    if (node.type !== 'script' && node.type !== 'tag') return;
    const el = node as Element;
    if (el.name === 'script') {
      if ((el.attribs.type ?? '').toLowerCase().trim() !== 'application/ld+json') return;
      const script = el.children[0];
      if (!script || script.type !== 'text') return;
      const body = findArticleBody(parse((script as Text).data));
      if (body && (!best || body.length > best.text.length)) best = { text: body, script: script as Text };
      return;
    }
    for (const c of el.children) visit(c);
  };
  for (const c of dom.children) visit(c);
  if (!best) return undefined;
  const start = best.script.startIndex ?? 0;
  const end = (best.script.endIndex ?? start) + 1;
  const blocks: Block[] = [];
  let from = start;
  for (const line of best.text.split(/\n+|<\/?(?:p|br|div|h[1-6]|li)\b[^>]*>/i)) {
    const text = decodeHTML(line.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const at = raw.indexOf(text, from);
    if (at >= 0 && at + text.length <= end) {
      blocks.push({ kind: 'p', text, segments: [{ start: 0, end: text.length, sourceStart: at, sourceEnd: at + text.length }] });
      from = at + text.length;
    } else {
      blocks.push({ kind: 'p', text, segments: [{ start: 0, end: text.length, sourceStart: start, sourceEnd: end }] });
    }
  }
  return blocks;
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function findArticleBody(value: unknown, depth = 0): string | undefined {
  if (depth > 8 || value === null || typeof value !== 'object') return undefined;
  let best: string | undefined;
  const consider = (s: string | undefined): void => {
    if (s && (!best || s.length > best.length)) best = s;
  };
  if (Array.isArray(value)) {
    for (const v of value) consider(findArticleBody(v, depth + 1));
    return best;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'articleBody' && typeof v === 'string') consider(v);
    else if (typeof v === 'object') consider(findArticleBody(v, depth + 1));
  }
  return best;
}
