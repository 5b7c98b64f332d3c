import { Parser } from 'htmlparser2';

/** The XML formats that list pages. */
export type XmlListKind = 'rss' | 'atom' | 'rdf' | 'urlset' | 'sitemapindex';

/** One listed page (a feed item or a sitemap `<url>`), or one nested sitemap (`<sitemap>`). */
export interface XmlEntry {
  /** 1-based position in the file. */
  n: number;
  /** The page's address as written (may be relative). */
  link?: string;
  /** The date as written: pubDate, dc:date, published/updated, lastmod. */
  date?: string;
  /** Full text the feed carries (content:encoded, Atom content), as HTML. */
  content?: string;
}

/** What the parser has found so far. */
export type XmlEvent = { type: 'root'; name: string; kind: XmlListKind | undefined } | { type: 'entry'; entry: XmlEntry };

/** The root element of each list format (lower-case, prefix kept). */
const ROOTS: Record<string, XmlListKind> = { rss: 'rss', feed: 'atom', 'rdf:rdf': 'rdf', urlset: 'urlset', sitemapindex: 'sitemapindex' };
/** The element that holds one entry, per format. */
const ENTRY: Record<XmlListKind, string> = { rss: 'item', rdf: 'item', atom: 'entry', urlset: 'url', sitemapindex: 'sitemap' };
/** Child elements whose text gives the date, best first. */
const DATE_FIELDS = ['pubdate', 'dc:date', 'published', 'updated', 'lastmod', 'dc:modified', 'modified', 'issued'];

/** The entry being read: the text of each direct child, and the Atom links. */
interface OpenEntry {
  n: number;
  depth: number;
  fields: Map<string, string>;
  atomLink?: string;
  guidIsLink: boolean;
  atomContentType?: string;
}

/**
 * A streaming reader of RSS 2.0, RSS 1.0 (RDF), Atom, sitemap and sitemap-index XML. Text is
 * written in chunks and entries come out as soon as they close, so a feed or sitemap of any
 * size is read in flat memory. htmlparser2 in XML mode is lenient: it never throws, so damage
 * shows as elements the end of input had to close; {@link XmlListReader.problem} reports that.
 */
export class XmlListReader {
  private readonly parser: Parser;
  private readonly stack: string[] = [];
  private readonly events: XmlEvent[] = [];
  private kind: XmlListKind | undefined;
  private rootSeen = false;
  private entry: OpenEntry | undefined;
  private field: { name: string; text: string; nested: boolean } | undefined;
  private count = 0;
  private implied: string | undefined;
  private ended = false;

  constructor() {
    this.parser = new Parser(
      {
        onopentag: (name, attribs) => this.open(name.toLowerCase(), attribs),
        ontext: (text) => {
          if (this.field) this.field.text += text;
        },
        onclosetag: (name, isImplied) => this.close(name.toLowerCase(), isImplied),
      },
      { xmlMode: true, decodeEntities: true },
    );
  }

  /** Parses the next chunk of text. */
  write(text: string): void {
    this.parser.write(text);
  }

  /** Ends the input (closing whatever is still open, which {@link problem} then reports). */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.parser.end();
  }

  /** The events found since the last call. */
  take(): XmlEvent[] {
    return this.events.splice(0, this.events.length);
  }

  /** Entries emitted so far. */
  get entries(): number {
    return this.count;
  }

  /** After {@link end}: why the XML is damaged, or `undefined` when every element was closed. */
  get problem(): string | undefined {
    return this.implied === undefined ? undefined : `<${this.implied}> is never closed`;
  }

  private open(name: string, attribs: Record<string, string>): void {
    this.stack.push(name);
    const depth = this.stack.length;
    if (!this.rootSeen) {
      this.rootSeen = true;
      this.kind = ROOTS[name];
      this.events.push({ type: 'root', name, kind: this.kind });
      return;
    }
    if (this.kind === undefined) return;
    if (!this.entry) {
      if (name === ENTRY[this.kind]) this.entry = { n: ++this.count, depth, fields: new Map(), guidIsLink: false };
      return;
    }
    if (depth === this.entry.depth + 1) {
      if (name === 'link' && this.kind === 'atom') {
        // Atom: <link rel="alternate" href="…"/>; a link without rel is alternate too.
        const rel = (attribs.rel ?? 'alternate').toLowerCase();
        if (rel === 'alternate' && attribs.href && this.entry.atomLink === undefined) this.entry.atomLink = attribs.href;
      }
      if (name === 'guid') this.entry.guidIsLink = (attribs.ispermalink ?? attribs.isPermaLink ?? 'true').toLowerCase() !== 'false';
      if (name === 'content') this.entry.atomContentType = (attribs.type ?? 'text').toLowerCase();
      this.field = { name, text: '', nested: false };
    } else if (this.field) {
      // Markup inside a field (Atom type="xhtml" content): its text is not HTML we can rebuild.
      this.field.nested = true;
    }
  }

  private close(name: string, isImplied: boolean): void {
    // htmlparser2 calls a self-closed <link/> implied too; only closes forced by the end of input are damage.
    if (isImplied && this.ended && this.implied === undefined) this.implied = name;
    const depth = this.stack.length;
    this.stack.pop();
    const entry = this.entry;
    if (!entry) return;
    if (this.field && depth === entry.depth + 1) {
      if (!this.field.nested && !entry.fields.has(this.field.name)) entry.fields.set(this.field.name, this.field.text.trim());
      this.field = undefined;
    } else if (depth === entry.depth) {
      this.entry = undefined;
      this.field = undefined;
      this.events.push({ type: 'entry', entry: this.finish(entry) });
    }
  }

  private finish(open: OpenEntry): XmlEntry {
    const f = open.fields;
    const guid = open.guidIsLink ? f.get('guid') : undefined;
    const link = f.get('loc') || open.atomLink || f.get('link') || (guid && /^https?:\/\//i.test(guid) ? guid : undefined);
    const date = DATE_FIELDS.map((d) => f.get(d)).find((d) => d !== undefined && d !== '');
    const atomHtml = open.atomContentType === 'html' || open.atomContentType === 'text/html' ? f.get('content') : undefined;
    const content = f.get('content:encoded') || atomHtml;
    return { n: open.n, ...(link ? { link } : {}), ...(date ? { date } : {}), ...(content ? { content } : {}) };
  }
}

/** The encoding an XML declaration names in the first bytes (`<?xml … encoding="…"?>`), else UTF-8 (or UTF-16 by its BOM). */
export function xmlEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const text = Buffer.from(head.subarray(0, 200)).toString('latin1');
  const label = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(text)?.[1];
  if (label === undefined) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}

/**
 * The list format an XML text starts with, from its first element (past the declaration,
 * comments, processing instructions and doctype), or `undefined` when it is not one (an HTML
 * page, plain text).
 */
export function sniffXmlList(head: string): XmlListKind | undefined {
  const rest = head.replace(/^\uFEFF/, '').replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, '');
  const name = /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1]?.toLowerCase();
  return name === undefined ? undefined : ROOTS[name];
}
