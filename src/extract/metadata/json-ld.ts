import type { Element, Text } from 'domhandler';
import { decodeHTML } from 'entities';
import type { Span } from '../../core/index.js';
import types from './json-ld-types.json' with { type: 'json' };

/** A string read from JSON-LD, with its place in the raw page when it could be found. */
export interface LdString {
  value: string;
  source?: Span;
}

/** The article fields JSON-LD can give. */
export interface LdArticle {
  headline?: LdString;
  description?: LdString;
  authors: LdString[];
  datePublished?: LdString;
  publisher?: LdString;
  inLanguage?: LdString;
  url?: LdString;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = new Set(types.articleTypes.map((t) => t.toLowerCase()));

/**
 * Reads the article object from a page's JSON-LD scripts: looks through arrays, `@graph` and
 * `mainEntity`, resolves `@id` references for authors and publisher. Broken JSON is repaired
 * where that is cheap (trailing commas, raw newlines, comments, concatenated objects); what
 * still fails to parse falls back to reading the plain `"key": "value"` pairs.
 */
export function readJsonLd(scripts: readonly Element[], raw: string): LdArticle | undefined {
  const nodes: JsonObject[] = [];
  const bodies: { text: string; start: number }[] = [];
  const broken: string[] = [];
  for (const script of scripts) {
    const textNode = script.children.find((c): c is Text => c.type === 'text');
    if (!textNode) continue;
    const text = textNode.data;
    bodies.push({ text, start: textNode.startIndex ?? -1 });
    const parsed = parseLenient(text);
    if (parsed === undefined) broken.push(text);
    else collect(parsed, nodes, 0);
  }
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const article = nodes.find((n) => typeOf(n).some((t) => ARTICLE_TYPES.has(t))) ?? nodes.find((n) => typeof n.headline === 'string' && n.datePublished !== undefined);
  // Some CMSs write HTML entities into JSON-LD strings ("&#8217;"): decode them, and keep a
  // span only when the value is literally in the script.
  const locate = (value: string): LdString => {
    const decoded = value.includes('&') ? decodeHTML(value) : value;
    return { value: decoded, ...(decoded === value ? spanOf(value, bodies, raw) : {}) };
  };
  if (article) return fromObject(article, byId, locate);
  for (const text of broken) {
    const fallback = fromBrokenText(text, locate);
    if (fallback) return fallback;
  }
  return undefined;
}

function fromObject(article: JsonObject, byId: Map<string, JsonObject>, locate: (v: string) => LdString): LdArticle {
  const str = (v: Json | undefined): LdString | undefined => (typeof v === 'string' && v.trim() ? locate(v.trim()) : undefined);
  const deref = (v: Json | undefined): Json | undefined => {
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v['@id'] === 'string' && v.name === undefined) return byId.get(v['@id']) ?? v;
    return v;
  };
  const nameOf = (v: Json | undefined): LdString | undefined => {
    const d = deref(v);
    if (typeof d === 'string') return str(d);
    if (d && typeof d === 'object' && !Array.isArray(d)) return str(d.name) ?? str(d.legalName);
    return undefined;
  };
  const authorList = article.author ?? article.creator;
  const authors = (Array.isArray(authorList) ? authorList : authorList === undefined ? [] : [authorList]).map(nameOf).filter((a): a is LdString => a !== undefined);
  const publisher = Array.isArray(article.publisher) ? article.publisher[0] : article.publisher;
  const mainEntity = deref(article.mainEntityOfPage);
  const url = str(article.url) ?? (typeof mainEntity === 'string' ? str(mainEntity) : mainEntity && typeof mainEntity === 'object' && !Array.isArray(mainEntity) ? str(mainEntity['@id']) ?? str(mainEntity.url) : undefined);
  const lang = article.inLanguage;
  const out: LdArticle = { authors };
  const set = <K extends keyof Omit<LdArticle, 'authors'>>(key: K, value: LdString | undefined) => {
    if (value) out[key] = value;
  };
  set('headline', str(article.headline) ?? str(article.name) ?? str(article.alternativeHeadline));
  set('description', str(article.description));
  set('datePublished', str(article.datePublished) ?? str(article.dateCreated));
  set('publisher', nameOf(publisher));
  set('inLanguage', typeof lang === 'string' ? str(lang) : nameOf(lang) ?? (lang && typeof lang === 'object' && !Array.isArray(lang) ? str(lang.alternateName) : undefined));
  set('url', url);
  return out;
}

/** Last resort for JSON-LD that does not parse: read top-level-looking string pairs. */
function fromBrokenText(text: string, locate: (v: string) => LdString): LdArticle | undefined {
  const pick = (key: string): LdString | undefined => {
    const m = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(text);
    if (!m?.[1]) return undefined;
    let value: string;
    try {
      value = JSON.parse(`"${m[1]}"`) as string;
    } catch {
      value = m[1];
    }
    return value.trim() ? locate(value.trim()) : undefined;
  };
  const isArticle = [...text.matchAll(/"@type"\s*:\s*"([^"]+)"/g)].some((m) => ARTICLE_TYPES.has(m[1]!.toLowerCase()));
  if (!isArticle) return undefined;
  const out: LdArticle = { authors: [] };
  const headline = pick('headline');
  const description = pick('description');
  const date = pick('datePublished');
  if (headline) out.headline = headline;
  if (description) out.description = description;
  if (date) out.datePublished = date;
  const author = /"author"\s*:\s*(?:\[\s*)?\{[^{}]*?"name"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text) ?? /"author"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
  if (author?.[1]) out.authors.push(locate(author[1]));
  return out;
}

/** JSON.parse, then cheap repairs for the ways publishers break JSON-LD. */
export function parseLenient(text: string): Json | undefined {
  const attempts = [
    (t: string) => t,
    (t: string) =>
      t
        .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
        .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/,\s*([}\]])/g, '$1')
        // Raw newlines and tabs inside strings are the commonest break; JSON allows none.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f]+/g, ' ')
        .trim(),
  ];
  for (const fix of attempts) {
    const t = fix(text);
    try {
      return JSON.parse(t) as Json;
    } catch {
      // Several objects back to back: read them as an array.
      if (/}\s*{/.test(t)) {
        try {
          return JSON.parse(`[${t.replace(/}\s*{/g, '},{')}]`) as Json;
        } catch {
          /* try the next repair */
        }
      }
    }
  }
  return undefined;
}

function collect(v: Json, out: JsonObject[], depth: number): void {
  if (depth > 6 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const item of v) collect(item, out, depth + 1);
    return;
  }
  out.push(v);
  if (v['@graph'] !== undefined) collect(v['@graph'], out, depth + 1);
  if (v.mainEntity !== undefined) collect(v.mainEntity, out, depth + 1);
}

function typeOf(n: JsonObject): string[] {
  const t = n['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, '').toLowerCase());
}

/** Finds a JSON string's literal in the raw script text, so the value gets a source span. */
function spanOf(value: string, bodies: readonly { text: string; start: number }[], raw: string): { source?: Span } {
  const literal = JSON.stringify(value).slice(1, -1);
  for (const b of bodies) {
    if (b.start < 0) continue;
    const at = b.text.indexOf(`"${literal}"`);
    if (at >= 0) {
      const start = b.start + at + 1;
      // Entities are not decoded inside <script>, so the raw text equals the script text.
      if (raw.slice(start, start + literal.length) === literal) return { source: { start, end: start + literal.length } };
    }
  }
  return {};
}
