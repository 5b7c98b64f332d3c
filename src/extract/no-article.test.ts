import { expect, test } from 'vitest';
import { noArticleReason } from './stage.js';

test.each([
  ['an RSS feed', '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News</title></channel></rss>', 'an RSS or Atom feed'],
  ['an Atom feed', '<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title></feed>', 'an RSS or Atom feed'],
  ['a WARC archive', 'WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n', 'a WARC web archive'],
  ['a sitemap', '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', 'a sitemap'],
  ['an index page', '<html><body><nav><a href="/">Home</a></nav></body></html>', 'check that the page is an article'],
])('%s gets its own reason', (_name, raw, expected) => {
  expect(noArticleReason('in.xml', raw)).toContain(expected);
});

test('a feed or archive reason names sitrep ingest', () => {
  expect(noArticleReason('feed.xml', '<rss><channel></channel></rss>')).toContain('`sitrep ingest feed.xml`');
});
