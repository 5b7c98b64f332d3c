import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

const WORDS = ['officials', 'talks', 'border', 'ministry', 'rebels', 'election', 'protest', 'army', 'treaty', 'harbour', 'river', 'council', 'farmers', 'court', 'bank', 'village', 'envoy', 'market', 'storm', 'school'];

/** A small news page whose wording differs from every other n (so pages are not near-duplicates), for tests. */
export function page(n: number): string {
  let seed = n * 7919 + 17;
  const word = (): string => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return WORDS[seed % WORDS.length] ?? 'news';
  };
  const sentence = (): string => `The ${word()} and the ${word()} met the ${word()} near the ${word()} after the ${word()} spoke.`;
  return `<!doctype html><html><head><title>Story ${n}</title></head><body><article><h1>Story number ${n}</h1>` +
    `<p>${sentence()} ${sentence()} ${sentence()}</p><p>${sentence()} ${sentence()} ${sentence()}</p></article></body></html>`;
}

/** An RSS 2.0 feed whose items link to `links` (the second item carries full text). */
export function rssFeed(links: readonly string[], options: { noLinkItem?: boolean } = {}): string {
  const items = links.map(
    (link, i) =>
      `<item><title>Item ${i}</title><link>${link}</link><pubDate>Mon, 13 Jan 2014 0${i}:00:00 GMT</pubDate>` +
      (i === 1 ? `<content:encoded><![CDATA[${page(100 + i)}]]></content:encoded>` : '<description>Summary &amp; more</description>') +
      '</item>',
  );
  if (options.noLinkItem) items.push('<item><title>No link</title><description>none</description></item>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test</title>${items.join('')}</channel></rss>`;
}

/** An Atom feed linking to `links` (relative links allowed). */
export function atomFeed(links: readonly string[]): string {
  const entries = links.map(
    (link, i) =>
      `<entry><title>E${i}</title><link rel="self" href="/self/${i}"/><link rel="alternate" type="text/html" href="${link}"/>` +
      `<id>urn:e${i}</id><updated>2015-02-0${i + 1}T10:00:00Z</updated><published>2015-01-0${i + 1}T10:00:00Z</published></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${entries.join('')}</feed>`;
}

/** An RSS 1.0 (RDF) feed. */
export function rdfFeed(links: readonly string[]): string {
  const items = links.map((link) => `<item rdf:about="${link}"><title>x</title><link>${link}</link><dc:date>2016-03-04</dc:date></item>`);
  return `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>t</title></channel>${items.join('')}</rdf:RDF>`;
}

/** A sitemap `<urlset>`. */
export function urlset(links: readonly string[]): string {
  const urls = links.map((link, i) => `<url><loc>${link}</loc><lastmod>2017-05-0${i + 1}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`;
}

/** A sitemap index. */
export function sitemapIndex(sitemaps: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${sitemaps.map((s) => `<sitemap><loc>${s}</loc></sitemap>`).join('')}</sitemapindex>`;
}

/** A WARC file (gzip per record when `gzip`): HTML responses for `pages`, plus a CSS response and a request record. */
export async function warc(pages: readonly { url: string; html: string }[], gzip = false): Promise<Buffer> {
  const records: WARCRecord[] = [];
  const body = (text: string) =>
    (async function* () {
      yield new TextEncoder().encode(text);
    })();
  const response = (url: string, text: string, type: string) =>
    WARCRecord.create({ url, date: '2020-01-02T03:04:05Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': type }, statusline: 'HTTP/1.1 200 OK' }, body(text));
  records.push(WARCRecord.create({ url: pages[0]?.url ?? 'http://x/', type: 'request', warcVersion: 'WARC/1.1', httpHeaders: {}, statusline: 'GET / HTTP/1.1' }, body('')));
  for (const [i, p] of pages.entries()) {
    records.push(response(p.url, p.html, 'text/html; charset=utf-8'));
    if (i === 0) records.push(response(`${p.url}.css`, 'body { color: red }', 'text/css'));
  }
  const parts: Buffer[] = [];
  for (const record of records) parts.push(Buffer.from(await WARCSerializer.serialize(record, { gzip })));
  return Buffer.concat(parts);
}

/** gzip, for fixtures. */
export function gz(text: string | Uint8Array): Buffer {
  return gzipSync(text);
}
