import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countPages, expandInputs } from './expand.js';
import type { ExpandOptions } from './expand.js';
import { atomFeed, gz, page, rdfFeed, rssFeed, sitemapIndex, urlset, warc } from './fixtures.js';
import { serve } from './test-server.js';
import type { SourceItem } from './types.js';

let dir: string;
let server: Awaited<ReturnType<typeof serve>>;
const p = (name: string) => join(dir, name);

/** Compact view of what an expansion yields: `page <uri> [date]` or `failure <code> <uri>`. */
async function expand(specs: string[], options: ExpandOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const item of expandInputs(specs, options)) out.push(show(item));
  return out.map((s) => s.split(dir).join('<dir>').split(server.base).join('<srv>'));
}

function show(item: SourceItem): string {
  if (item.type === 'failure') return `failure ${item.code} ${item.uri}`;
  return `page ${item.uri} ${item.content.kind}${item.date ? ` ${item.date}` : ''}`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-sources-'));
  mkdirSync(p('site/sub/deeper'), { recursive: true });
  mkdirSync(p('site/.git'));
  mkdirSync(p('empty'));
  writeFileSync(p('site/a.html'), page(1));
  writeFileSync(p('site/sub/b.htm.gz'), gz(page(2)));
  writeFileSync(p('site/sub/deeper/c.txt'), 'Plain text story.');
  writeFileSync(p('site/style.css'), 'body {}');
  writeFileSync(p('site/.git/d.html'), page(4));
  server = await serve((base) => ({
    '/rss': { type: 'application/rss+xml', body: rssFeed([`${base}/p/1`, `${base}/p/2`], { noLinkItem: true }) },
    '/atom': { type: 'application/atom+xml', body: atomFeed(['/p/1', `${base}/p/3`]) },
    '/rdf': { type: 'application/rdf+xml', body: rdfFeed([`${base}/p/1`]) },
    '/truncated-rss': { type: 'application/rss+xml', body: rssFeed([`${base}/p/1`, `${base}/p/2`]).slice(0, -60) },
    '/index.xml': { type: 'application/xml', body: sitemapIndex([`${base}/pages.xml.gz`, `${base}/more.xml`]) },
    '/pages.xml.gz': { type: 'application/gzip', body: gz(urlset([`${base}/p/1`, `${base}/p/2`])) },
    '/more.xml': { type: 'application/xml', body: urlset([`${base}/p/3`]) },
    '/loop.xml': { type: 'application/xml', body: sitemapIndex([`${base}/loop.xml`]) },
    '/p/1': { type: 'text/html', body: page(1) },
    '/other.xml': { type: 'application/xml', body: '<?xml version="1.0"?><catalog><book/></catalog>' },
  }));
  writeFileSync(p('feed.xml'), rssFeed([`${server.base}/p/1`, 'relative/link']));
  writeFileSync(p('page.xml'), '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>');
  writeFileSync(p('sitemap.xml.gz'), gz(urlset([`${server.base}/p/1`])));
  writeFileSync(p('broken.rss'), '<rss><channel><item><link>http://127.0.0.1/x</link></item><item><link>http://127.0.0.1/y</link>');
  const pages = [1, 2].map((n) => ({ url: `http://example.com/${n}`, html: page(n) }));
  const plain = await warc(pages);
  writeFileSync(p('crawl.warc'), plain);
  writeFileSync(p('crawl.warc.gz'), await warc(pages, true));
  writeFileSync(p('truncated.warc'), plain.subarray(0, plain.length - 40));
  const zipped = await warc(pages, true);
  writeFileSync(p('truncated.warc.gz'), zipped.subarray(0, zipped.length - 40));
  writeFileSync(p('garbage.warc'), 'this is not a WARC file\r\n\r\nat all');
  writeFileSync(p('batch.jsonl'), `{"id":"x1","html":"<p>one</p>","date":"2014-01-13"}\n{"id":"x2"}\nnot json\n{"id":"x3","url":"http://example.com/3"}\n`);
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await server.close();
});

describe('files, folders and globs', () => {
  test.each([
    ['a folder, recursively, by extension, skipping hidden folders', ['site'], ['page <dir>/site/a.html spec', 'page <dir>/site/sub/b.htm.gz spec', 'page <dir>/site/sub/deeper/c.txt spec']],
    ['a glob', ['site/**/*.{html,txt}'], ['page <dir>/site/a.html spec', 'page <dir>/site/sub/deeper/c.txt spec']],
    ['a plain file', ['site/style.css'], ['page <dir>/site/style.css spec']],
    ['a missing file', ['nope.html'], ['failure not-found <dir>/nope.html']],
    ['a glob matching nothing', ['site/*.pdf'], ['failure no-match <dir>/site/*.pdf']],
    ['a folder with no page', ['empty'], ['failure empty-folder <dir>/empty']],
    ['an unsupported scheme', ['ftp://example.com/a.html'], ['failure bad-url ftp://example.com/a.html']],
  ])('%s', async (_name, specs, expected) => {
    expect(await expand(specs.map((s) => (s.includes('://') ? s : p(s))))).toEqual(expected);
  });

  test('--ext changes what a folder walk picks up', async () => {
    expect(await expand([p('site')], { extensions: ['css'] })).toEqual(['page <dir>/site/style.css spec']);
  });

  test('countPages counts the pages of folders and files, and gives up on containers', async () => {
    expect(await countPages([p('site'), p('site/a.html')])).toBe(4);
    expect(await countPages([p('site'), p('crawl.warc')])).toBeUndefined();
  });
});

describe('feeds and sitemaps', () => {
  test.each([
    ['RSS 2.0: each item link, pubDate as the date hint; an item without a link fails alone', '/rss', ['page <srv>/p/1 spec 2014-01-13T00:00:00.000Z', 'page <srv>/p/2 spec 2014-01-13T01:00:00.000Z', 'failure bad-entry <srv>/rss#item-3']],
    ['Atom: the alternate link, resolved against the feed URL; published as the date', '/atom', ['page <srv>/p/1 spec 2015-01-01T10:00:00Z', 'page <srv>/p/3 spec 2015-01-02T10:00:00Z']],
    ['RDF (RSS 1.0), dc:date', '/rdf', ['page <srv>/p/1 spec 2016-03-04']],
    ['a sitemap index: its sitemaps (.xml.gz too), lastmod as the date', '/index.xml', ['page <srv>/p/1 spec 2017-05-01', 'page <srv>/p/2 spec 2017-05-02', 'page <srv>/p/3 spec 2017-05-01']],
    ['a truncated feed keeps every item with a link, the cut one too, and reports the damage', '/truncated-rss', ['page <srv>/p/1 spec 2014-01-13T00:00:00.000Z', 'page <srv>/p/2 spec 2014-01-13T01:00:00.000Z', 'failure bad-feed <srv>/truncated-rss']],
    ['a sitemap index that refers to itself stops', '/loop.xml', ['failure sitemap-too-deep <srv>/loop.xml']],
    ['a URL that is a page is handed on with its bytes', '/p/1', ['page <srv>/p/1 bytes']],
    ['a URL that is other XML is a page', '/other.xml', ['page <srv>/other.xml bytes']],
    ['a URL that fails', '/missing', ['failure http-error <srv>/missing']],
  ])('%s', async (_name, path, expected) => {
    expect(await expand([`${server.base}${path}`])).toEqual(expected);
  });

  test.each([
    ['a local feed; a relative link has nothing to resolve against', 'feed.xml', ['page <srv>/p/1 spec 2014-01-13T00:00:00.000Z', 'failure bad-entry <dir>/feed.xml#item-2']],
    ['a local gzip sitemap', 'sitemap.xml.gz', ['page <srv>/p/1 spec 2017-05-01']],
    ['local XML that is no feed is a page', 'page.xml', ['page <dir>/page.xml spec']],
    ['a broken local feed keeps what it can and reports the damage', 'broken.rss', ['page http://127.0.0.1/x spec', 'page http://127.0.0.1/y spec', 'failure bad-feed <dir>/broken.rss']],
  ])('%s', async (_name, file, expected) => {
    expect(await expand([p(file)])).toEqual(expected);
  });

  test('--feed-content inline reads the full text a feed carries and fetches the rest', async () => {
    expect(await expand([`${server.base}/rss`], { feedContent: 'inline' })).toEqual([
      'page <srv>/p/1 spec 2014-01-13T00:00:00.000Z',
      'page <srv>/p/2 html 2014-01-13T01:00:00.000Z',
      'failure bad-entry <srv>/rss#item-3',
    ]);
  });
});

describe('WARC archives and batch JSONL', () => {
  test.each([
    ['a WARC: HTML responses only, with target URI', 'crawl.warc', ['page http://example.com/1 bytes', 'page http://example.com/2 bytes']],
    ['a WARC.gz', 'crawl.warc.gz', ['page http://example.com/1 bytes', 'page http://example.com/2 bytes']],
    ['a truncated WARC keeps the whole records and reports the damage', 'truncated.warc', ['page http://example.com/1 bytes', 'failure bad-warc <dir>/truncated.warc']],
    ['a truncated WARC.gz keeps the whole records and reports the damage', 'truncated.warc.gz', ['page http://example.com/1 bytes', 'failure bad-warc <dir>/truncated.warc.gz']],
    ['a file that is no WARC', 'garbage.warc', ['failure bad-warc <dir>/garbage.warc']],
    ['batch JSONL: a page per good line, a failure per bad line', 'batch.jsonl', ['page jsonl:<dir>/batch.jsonl#x1 html 2014-01-13', 'failure bad-batch-line <dir>/batch.jsonl:2', 'failure bad-batch-line <dir>/batch.jsonl:3', 'page jsonl:<dir>/batch.jsonl#x3 spec']],
  ])('%s', async (_name, file, expected) => {
    expect(await expand([p(file)])).toEqual(expected);
  });

  test('a WARC page keeps its capture date and the page bytes', async () => {
    const items: SourceItem[] = [];
    for await (const item of expandInputs([p('crawl.warc.gz')])) items.push(item);
    const first = items[0];
    expect(first?.type === 'page' && first.fetchedAt).toBe('2020-01-02T03:04:05Z');
    expect(first?.type === 'page' && first.content.kind === 'bytes' && new TextDecoder().decode(first.content.bytes)).toBe(page(1));
  });
});
