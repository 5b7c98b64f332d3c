import type { ChildNode, Document as DomDocument, Element, Text } from 'domhandler';
import words from './page-words.json' with { type: 'json' };

/** A `<meta>` tag with a content value. */
export interface MetaTag {
  content: string;
  el: Element;
}

/** A `<time datetime>` element and how strongly it is marked as the publication time. */
export interface TimeTag {
  datetime: string;
  el: Element;
  /** `pubdate`, `itemprop=datePublished` or a publish-like class on it or its parent. */
  marked: boolean;
  /** Inside `<article>`, `<main>` or a `<header>`. */
  inArticle: boolean;
  /** Marked as an update time (`dateModified`, class `updated`). */
  updated: boolean;
}

/** Everything the metadata reader needs from one walk over the page. */
export interface PageScan {
  htmlLang?: Element;
  /** `<meta>` tags keyed by lowercased `property`, `name`, `itemprop` or `http-equiv`. */
  metas: Map<string, MetaTag[]>;
  canonical?: Element;
  titleEl?: Element;
  /** `<script type="application/ld+json">` elements. */
  jsonLd: Element[];
  h1s: Element[];
  times: TimeTag[];
  /** Non-`<meta>` elements with an `itemprop`, keyed by lowercased itemprop. */
  itemprops: Map<string, Element[]>;
  /** Elements whose class/id names them a byline. */
  bylineEls: Element[];
  /** Elements whose class/id names them a standfirst/dek. */
  standfirstEls: Element[];
  /** Visible text nodes in document order. */
  texts: Text[];
  /** Index in `texts` of the first text after the first `<h1>` starts, or -1. */
  h1TextIndex: number;
}

const SKIP = new Set(words.skipTags);
const BYLINE = wordRe(words.bylineClassWords);
const BYLINE_NOT = wordRe(words.bylineExcludeWords);
const DEK = wordRe(words.standfirstClassWords);
const DEK_NOT = wordRe(words.standfirstExcludeWords);
// "date" and "time" alone are too common on time elements to count as a publish mark.
const DATE = wordRe(words.dateClassWords.filter((w) => w !== 'date' && w !== 'time'));
const UPDATED = wordRe(['updated', 'modified']);
const ARTICLE_TAGS = new Set(['article', 'main', 'header']);
/** Caps keep the walk linear and cheap on pages with huge menus or comment threads. */
const MAX_CLASSED = 40;

/** Walks the page once, collecting head metadata, microdata, time elements and visible text. */
export function scanPage(dom: DomDocument): PageScan {
  const scan: PageScan = {
    metas: new Map(),
    jsonLd: [],
    h1s: [],
    times: [],
    itemprops: new Map(),
    bylineEls: [],
    standfirstEls: [],
    texts: [],
    h1TextIndex: -1,
  };
  walk(dom.children, scan, false);
  return scan;
}

function walk(nodes: readonly ChildNode[], scan: PageScan, inArticle: boolean): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (/\S/.test((node as Text).data)) scan.texts.push(node as Text);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name;
    const a = el.attribs;
    if (name === 'script') {
      if ((a.type ?? '').toLowerCase().includes('ld+json')) scan.jsonLd.push(el);
      continue;
    }
    if (name === 'meta') {
      visitMeta(el, scan);
      continue;
    }
    if (name === 'html' && a.lang) scan.htmlLang = el;
    else if (name === 'title' && !scan.titleEl && !inSvg(el)) scan.titleEl = el;
    else if (name === 'link' && !scan.canonical && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && a.href) scan.canonical = el;
    if (SKIP.has(name)) continue;
    if (name === 'h1') {
      if (scan.h1s.length === 0) scan.h1TextIndex = scan.texts.length;
      scan.h1s.push(el);
    }
    const itemprop = a.itemprop?.toLowerCase();
    if (itemprop) for (const p of itemprop.split(' ')) if (p) push(scan.itemprops, p, el);
    const classes = a.class || a.id ? `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase() : undefined;
    if (name === 'time' && a.datetime) {
      const parent = el.parent && 'attribs' in el.parent ? ((el.parent as Element).attribs.class ?? '').toLowerCase() : '';
      const all = `${classes ?? ''} ${parent}`;
      const updated = itemprop === 'datemodified' || UPDATED.test(all);
      scan.times.push({
        datetime: a.datetime,
        el,
        marked: !updated && ('pubdate' in a || itemprop === 'datepublished' || DATE.test(all)),
        inArticle,
        updated,
      });
    }
    if (classes) {
      if (scan.bylineEls.length < MAX_CLASSED && BYLINE.test(classes) && !BYLINE_NOT.test(classes)) scan.bylineEls.push(el);
      else if (scan.standfirstEls.length < MAX_CLASSED && DEK.test(classes) && !DEK_NOT.test(classes)) scan.standfirstEls.push(el);
    }
    if ((a.rel ?? '').toLowerCase() === 'author' && scan.bylineEls.length < MAX_CLASSED) scan.bylineEls.push(el);
    walk(el.children, scan, inArticle || ARTICLE_TAGS.has(name));
  }
}

function visitMeta(el: Element, scan: PageScan): void {
  const a = el.attribs;
  const content = a.content;
  if (content === undefined || !content.trim()) return;
  const keys = new Set<string>();
  for (const k of [a.property, a.name, a.itemprop, a['http-equiv']]) {
    if (k) for (const part of k.toLowerCase().split(/\s+/)) if (part) keys.add(part);
  }
  for (const k of keys) push(scan.metas, k, { content: content.trim(), el });
}

/** Matches any of `list` as a whole class token or as a `-`/`_`-separated part of one. */
function wordRe(list: readonly string[]): RegExp {
  const alt = list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?:^|[\\s_-])(?:${alt})(?=$|[\\s_-])`);
}

function inSvg(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if ('name' in p && (p as Element).name === 'svg') return true;
  return false;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
