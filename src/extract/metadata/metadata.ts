import type { AnyNode, Document as DomDocument, Element, Text } from 'domhandler';
import type { ArticleMeta, MetaField, Span } from '../../core/index.js';
import { dateFromUrl, findDateInText, normaliseDate } from './dates.js';
import type { DateCheck } from './dates.js';
import { readJsonLd } from './json-ld.js';
import type { LdArticle, LdString } from './json-ld.js';
import { guessLanguage, primaryLanguage } from './lang.js';
import keys from './meta-keys.json' with { type: 'json' };
import { joinNames, readNames } from './names.js';
import type { NameStrictness } from './names.js';
import words from './page-words.json' with { type: 'json' };
import { scanPage } from './scan.js';
import type { PageScan } from './scan.js';
import { attributeSpan, narrowSpan, textSpan } from './source-spans.js';
import { headlinePart, stripSiteName } from './title.js';

/** Options for {@link extractMetadata}. */
export interface MetadataOptions {
  /** The page URL, when known (dates and canonical URLs can come from it). */
  url?: string;
  /** "Now" in ms since the epoch, for rejecting future dates (default `Date.now()`). */
  now?: number;
}

/** A candidate value and where it came from, before validation. */
interface Candidate {
  value: string;
  from: string;
  source?: Span | undefined;
}

/** Text nodes read around the headline for "By …" and "Published …" lines. */
const NEAR_BEFORE = 5;
const NEAR_AFTER = 40;
/** A standfirst element's text must be sentence-sized. */
const DEK_MIN = 30;
const DEK_MAX = 600;
/** Text the language guess reads. */
const LANG_SAMPLE = 5000;
const UPDATED_RE = new RegExp(`^\\s*(?:${words.updatedWords.join('|')})\\b`, 'i');

/**
 * Reads title, standfirst, byline, publication date, site name, language and canonical URL
 * from one walk over the page. For each field the most trusted source wins: JSON-LD, then
 * OpenGraph/Twitter/`article:*`, then other `<meta>` tags, then `<time>`/microdata, then the
 * URL, then visible text near the headline. Absent fields are unknown, never guessed.
 */
export function extractMetadata(dom: DomDocument, raw: string, options: MetadataOptions = {}): ArticleMeta {
  const scan = scanPage(dom);
  const ld = readJsonLd(scan.jsonLd, raw);
  const check: DateCheck = options.now === undefined ? {} : { now: options.now };
  const meta: ArticleMeta = {};
  const set = (field: keyof ArticleMeta, c: Candidate | undefined) => {
    if (c) meta[field] = field === 'lang' && c.from === 'text' ? { value: c.value, from: c.from } : toField(c);
  };
  set('url', readUrl(scan, ld, raw, options.url));
  set('siteName', readSiteName(scan, ld, raw));
  set('title', readTitle(scan, ld, raw, meta.siteName?.value, meta.url?.value ?? options.url));
  set('standfirst', readStandfirst(scan, ld, raw));
  set('byline', readByline(scan, ld, raw, meta.siteName?.value));
  set('published', readPublished(scan, ld, raw, check, meta.url?.value ?? options.url));
  set('lang', readLang(scan, ld, raw));
  return meta;
}

function toField(c: Candidate): MetaField {
  return c.source ? { value: c.value, from: c.from, source: c.source } : { value: c.value, from: c.from };
}

function first(...cs: (Candidate | undefined)[]): Candidate | undefined {
  return cs.find((c) => c !== undefined && c.value.trim() !== '');
}

function fromLd(s: LdString | undefined): Candidate | undefined {
  return s ? { value: clean(s.value), from: 'json-ld', source: s.source } : undefined;
}

/** `<meta>` candidates for a field: the social tier, then plain meta tags. */
function metaCandidates(scan: PageScan, raw: string, field: Exclude<keyof typeof keys, '_comment'>, tier?: 'social' | 'meta'): Candidate[] {
  const spec = keys[field];
  const names = tier ? spec[tier] : [...spec.social, ...spec.meta];
  const out: Candidate[] = [];
  for (const key of names) {
    for (const tag of scan.metas.get(key) ?? []) {
      const attr = (['property', 'name', 'itemprop', 'http-equiv'] as const).find((a) => tag.el.attribs[a]?.toLowerCase().split(/\s+/).includes(key)) ?? 'name';
      const from = /^(?:og|twitter|article):/.test(key) ? key : `meta[${attr}=${key}]`;
      out.push({ value: clean(tag.content), from, source: attributeSpan(raw, tag.el, 'content') });
    }
  }
  return out;
}

function readUrl(scan: PageScan, ld: LdArticle | undefined, raw: string, given: string | undefined): Candidate | undefined {
  const cands: Candidate[] = [];
  if (scan.canonical) cands.push({ value: scan.canonical.attribs.href!, from: 'link[rel=canonical]', source: attributeSpan(raw, scan.canonical, 'href') });
  cands.push(...metaCandidates(scan, raw, 'url'));
  const fromJson = fromLd(ld?.url);
  if (fromJson) cands.push(fromJson);
  const base = given ?? cands.find((c) => /^https?:\/\//i.test(c.value))?.value;
  for (const c of cands) {
    const abs = absolute(c.value, base);
    if (abs) return { value: abs, from: c.from, source: abs === c.value ? c.source : undefined };
  }
  return given ? { value: given, from: 'given' } : undefined;
}

/** og:site_name is the page's own name for itself; a JSON-LD publisher may be a syndicator or platform. */
function readSiteName(scan: PageScan, ld: LdArticle | undefined, raw: string): Candidate | undefined {
  const [og, ...rest] = metaCandidates(scan, raw, 'siteName');
  const named = (c: Candidate | undefined) => (c && !/^(?:https?:\/\/|www\.)/i.test(c.value) ? c : undefined);
  return first(named(og), named(fromLd(ld?.publisher)), ...rest.map(named));
}

function readTitle(scan: PageScan, ld: LdArticle | undefined, raw: string, siteName: string | undefined, url: string | undefined): Candidate | undefined {
  const cands: Candidate[] = [];
  const push = (c: Candidate | undefined) => {
    if (c && c.value && c.value !== siteName) cands.push(c);
  };
  push(fromLd(ld?.headline));
  metaCandidates(scan, raw, 'title').forEach(push);
  for (const el of scan.itemprops.get('headline') ?? []) push(elementCandidate(el, raw, 'itemprop=headline'));
  const pageTitle = scan.titleEl ? elementCandidate(scan.titleEl, raw, 'title') : undefined;
  push(headlineH1(scan, raw, pageTitle?.value));
  push(pageTitle);
  let best = cands[0];
  if (!best) return undefined;
  // JSON-LD headlines are often cut at 110 characters: take a fuller version that extends it.
  const cut = /(?:…|\.\.\.)$/.exec(best.value);
  if (cut) {
    const stem = best.value.slice(0, cut.index).trim();
    best = cands.find((c) => c.value.length > stem.length && c.value.startsWith(stem) && !/(?:…|\.\.\.)$/.test(c.value)) ?? best;
  }
  let host: string | undefined;
  try {
    host = url ? new URL(url).hostname : undefined;
  } catch {
    host = undefined;
  }
  const value = stripSiteName(best.value, siteName ? [siteName] : [], host);
  return { value, from: best.from, source: narrowSpan(raw, best.source, value, best.value) };
}

/**
 * The first `<h1>` that shares a word with the headline part of `<title>`: sites often wrap
 * their logo or section name in an `<h1>` before the headline's.
 */
function headlineH1(scan: PageScan, raw: string, pageTitle: string | undefined): Candidate | undefined {
  const h1s = scan.h1s.slice(0, 5).map((el) => elementCandidate(el, raw, 'h1')).filter((c): c is Candidate => c !== undefined);
  if (!pageTitle) return h1s[0];
  const titleWords = new Set(wordsOf(headlinePart(pageTitle)));
  return h1s.find((c) => wordsOf(c.value).some((w) => titleWords.has(w)));
}

function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

function readStandfirst(scan: PageScan, ld: LdArticle | undefined, raw: string): Candidate | undefined {
  const fromEls = scan.standfirstEls
    .map((el) => elementCandidate(el, raw, 'dek'))
    .find((c) => c !== undefined && c.value.length >= DEK_MIN && c.value.length <= DEK_MAX);
  // Some CMSs put the whole article into the description: that is not a standfirst.
  const sized = (c: Candidate | undefined) => (c && c.value.length <= DEK_MAX ? c : undefined);
  return first(sized(fromLd(ld?.description)), ...metaCandidates(scan, raw, 'standfirst').map(sized), fromEls);
}

function readByline(scan: PageScan, ld: LdArticle | undefined, raw: string, siteName: string | undefined): Candidate | undefined {
  const tryNames = (cands: readonly Candidate[], strictness: NameStrictness): Candidate | undefined => {
    const names = cands.flatMap((c) => readNames(c.value, strictness));
    const value = joinNames(names, siteName);
    if (!value) return undefined;
    const single = cands.length === 1 ? cands[0] : undefined;
    return { value, from: cands[0]!.from, source: single ? narrowSpan(raw, single.source, value, single.value) : undefined };
  };
  const ldAuthors = (ld?.authors ?? []).map((a) => fromLd(a)!);
  const tiers: Candidate[][] = [ldAuthors];
  for (const tier of ['social', 'meta'] as const) {
    const cands = metaCandidates(scan, raw, 'byline', tier);
    // All tags of the first key that has any: several `author` metas list several authors.
    const key = cands[0]?.from;
    tiers.push(cands.filter((c) => c.from === key));
  }
  for (const cands of tiers) {
    const hit = cands.length ? tryNames(cands, 'structured') : undefined;
    if (hit) return hit;
  }
  const micro = (scan.itemprops.get('author') ?? []).map((el) => {
    const name = findItemprop(el, 'name');
    return elementCandidate(name ?? el, raw, 'itemprop=author');
  });
  const hitMicro = tryNames(micro.filter((c): c is Candidate => c !== undefined).slice(0, 4), 'structured');
  if (hitMicro) return hitMicro;
  for (const el of scan.bylineEls) {
    const c = elementCandidate(el, raw, el.attribs.rel === 'author' ? 'a[rel=author]' : 'byline-class');
    const hit = c && c.value.length <= 150 ? tryNames([c], 'text') : undefined;
    if (hit) return hit;
  }
  return bylineNearTitle(scan, raw, siteName);
}

function bylineNearTitle(scan: PageScan, raw: string, siteName: string | undefined): Candidate | undefined {
  const prefix = new RegExp(`^(?:${words.bylinePrefixes.map((p) => p.replace(/\s+/g, '\\s+')).join('|')})\\s*:?(?:\\s+|$)`, 'i');
  const near = nearTitle(scan);
  for (let i = 0; i < near.length; i++) {
    const text = clean(near[i]!.data);
    if (!prefix.test(text)) continue;
    // "By" may be its own text node, with the name in the next (a link, usually).
    const candidate = text.replace(prefix, '') ? text : `${text} ${clean(near[i + 1]?.data ?? '')}`;
    const names = readNames(candidate, 'text');
    const value = joinNames(names, siteName);
    if (value) return { value, from: 'text', source: narrowSpan(raw, textSpan(raw, near[i]!), value, text) };
  }
  return undefined;
}

function readPublished(scan: PageScan, ld: LdArticle | undefined, raw: string, check: DateCheck, url: string | undefined): Candidate | undefined {
  const dated = (c: Candidate | undefined): Candidate | undefined => {
    if (!c) return undefined;
    const value = normaliseDate(c.value, check);
    return value ? { value, from: c.from, source: c.source } : undefined;
  };
  const structured = [fromLd(ld?.datePublished), ...metaCandidates(scan, raw, 'published')];
  for (const c of structured) {
    const hit = dated(c);
    if (hit) return hit;
  }
  for (const el of scan.itemprops.get('datepublished') ?? []) {
    const attr = el.attribs.datetime !== undefined ? 'datetime' : el.attribs.content !== undefined ? 'content' : undefined;
    const hit = attr ? dated({ value: el.attribs[attr]!, from: 'itemprop=datePublished', source: attributeSpan(raw, el, attr) }) : dated(elementCandidate(el, raw, 'itemprop=datePublished'));
    if (hit) return hit;
  }
  const times = scan.times.filter((t) => !t.updated);
  const time = times.find((t) => t.marked) ?? times.find((t) => t.inArticle) ?? (times.length === 1 ? times[0] : undefined);
  const fromTime = time ? dated({ value: time.datetime, from: 'time', source: attributeSpan(raw, time.el, 'datetime') }) : undefined;
  if (fromTime) return fromTime;
  const fromUrl = url ? dateFromUrl(url, check) : undefined;
  if (fromUrl) return { value: fromUrl, from: 'url' };
  for (const node of nearTitle(scan)) {
    if (UPDATED_RE.test(node.data)) continue;
    const m = findDateInText(node.data, check);
    if (m) return { value: m.value, from: 'text', source: spanInText(raw, node, m.index, m.length) };
  }
  return undefined;
}

/**
 * Declared language first (`<html lang>`, `content-language`, `og:locale`, JSON-LD), checked
 * against a stopword guess over the visible text: declarations that disagree are settled by the
 * text, and a template-default declaration loses to text that is clearly in another language.
 */
function readLang(scan: PageScan, ld: LdArticle | undefined, raw: string): Candidate | undefined {
  const cands: Candidate[] = [];
  if (scan.htmlLang) cands.push({ value: scan.htmlLang.attribs.lang!, from: 'html[lang]', source: attributeSpan(raw, scan.htmlLang, 'lang') });
  cands.push(...metaCandidates(scan, raw, 'lang', 'meta'), ...metaCandidates(scan, raw, 'lang', 'social'));
  const fromJson = fromLd(ld?.inLanguage);
  if (fromJson) cands.push(fromJson);
  const declared: Candidate[] = [];
  for (const c of cands) {
    const value = primaryLanguage(c.value);
    if (value) declared.push({ value, from: c.from, source: narrowSpan(raw, c.source, value, c.value) });
  }
  let sample = '';
  for (let i = Math.max(0, scan.h1TextIndex); i < scan.texts.length && sample.length < LANG_SAMPLE; i++) sample += `${scan.texts[i]!.data} `;
  const guess = guessLanguage(sample);
  const agreeing = declared.find((c) => c.value === guess?.lang);
  if (agreeing) return agreeing;
  if (guess?.sure || (guess && declared.length === 0)) return { value: guess.lang, from: 'text' };
  return declared[0];
}

/**
 * The text nodes around the headline, where bylines and datelines sit: the first `<h1>`, or on
 * pages without one (old table layouts) the first visible text that repeats the `<title>`.
 */
function nearTitle(scan: PageScan): Text[] {
  const anchor = scan.h1TextIndex >= 0 ? scan.h1TextIndex : titleTextIndex(scan);
  if (anchor < 0) return [];
  return scan.texts.slice(Math.max(0, anchor - NEAR_BEFORE), anchor + NEAR_AFTER);
}

function titleTextIndex(scan: PageScan): number {
  if (!scan.titleEl) return -1;
  const title = clean(scan.titleEl.children.map((c) => ('data' in c ? String(c.data) : '')).join(' '));
  if (title.length < 10) return -1;
  return scan.texts.findIndex((t) => {
    const text = clean(t.data);
    return text.length >= 10 && title.includes(text) && text.length >= title.length / 2;
  });
}

/** An element's text (whitespace collapsed), with a span when it is a single text node. */
function elementCandidate(el: Element, raw: string, from: string): Candidate | undefined {
  const texts: Text[] = [];
  collectText(el, texts);
  const value = clean(texts.map((t) => t.data).join(' '));
  if (!value) return undefined;
  const own = texts.filter((t) => t.data.trim());
  const source = own.length === 1 ? narrowSpan(raw, textSpan(raw, own[0]!), value, clean(own[0]!.data)) : undefined;
  return { value, from, source };
}

function collectText(node: Element, out: Text[]): void {
  for (const child of node.children) {
    if (child.type === 'text') out.push(child as Text);
    else if (child.type === 'tag') collectText(child as Element, out);
  }
}

function findItemprop(node: Element, prop: string): Element | undefined {
  for (const child of node.children as AnyNode[]) {
    if (child.type !== 'tag') continue;
    const el = child as Element;
    if (el.attribs.itemprop?.toLowerCase().split(/\s+/).includes(prop)) return el;
    const hit = findItemprop(el, prop);
    if (hit) return hit;
  }
  return undefined;
}

function spanInText(raw: string, node: Text, index: number, length: number): Span | undefined {
  const span = textSpan(raw, node);
  if (!span) return undefined;
  const text = node.data.slice(index, index + length).trim();
  return narrowSpan(raw, span, text, '\u0000');
}

function absolute(href: string, base: string | undefined): string | undefined {
  try {
    const u = new URL(href.trim(), base);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
