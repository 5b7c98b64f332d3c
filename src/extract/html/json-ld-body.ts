import type { Element, Text } from 'domhandler';
import { decodeHTML } from 'entities';
import type { Block } from '../block.js';

/** The `articleBody` of a page's JSON-LD, and the script text node it was read from. */
export interface JsonLdBody {
  text: string;
  script: Text;
}

/**
 * The longest `articleBody` string among JSON-LD scripts (`<script type="application/ld+json">`),
 * or `undefined`. Unparsable scripts are skipped.
 */
export function readJsonLdBody(scripts: readonly Element[]): JsonLdBody | undefined {
  let best: JsonLdBody | undefined;
  for (const el of scripts) {
    if ((el.attribs.type ?? '').toLowerCase().trim() !== 'application/ld+json') continue;
    const script = el.children[0];
    if (!script || script.type !== 'text') continue;
    const data = (script as Text).data;
    if (!data.includes('articleBody')) continue;
    const body = findArticleBody(parse(data));
    if (body && (!best || body.length > best.text.length)) best = { text: body, script: script as Text };
  }
  return best;
}

/** JSON-LD body text as plain paragraphs: tags stripped, entities decoded, whitespace collapsed. */
export function jsonLdParagraphs(text: string): string[] {
  return text
    .split(/\n+|<\/?(?:p|br|div|h[1-6]|li)\b[^>]*>/i)
    .map((line) => decodeHTML(line.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/**
 * The JSON-LD body as paragraph blocks. A paragraph found verbatim in the script maps
 * exactly; otherwise (JSON escapes) it maps to the whole script text.
 */
export function jsonLdBlocks(body: JsonLdBody, raw: string): Block[] {
  const start = body.script.startIndex ?? 0;
  const end = (body.script.endIndex ?? start) + 1;
  const blocks: Block[] = [];
  let from = start;
  for (const text of jsonLdParagraphs(body.text)) {
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
