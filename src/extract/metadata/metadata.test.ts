import { describe, expect, test } from 'vitest';
import type { ArticleMeta } from '../../core/index.js';
import { parseHtml } from '../dom.js';
import { extractMetadata } from './metadata.js';
import type { MetadataOptions } from './metadata.js';

const NOW = Date.UTC(2024, 0, 1);

function read(head: string, body = '', options: MetadataOptions = {}): ArticleMeta {
  const html = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  return extractMetadata(parseHtml(html), html, { now: NOW, ...options });
}

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('title', () => {
  test.each([
    ['JSON-LD headline', ld({ '@type': 'NewsArticle', headline: 'Quake hits coast' }), '', 'Quake hits coast', 'json-ld'],
    ['og:title', '<meta property="og:title" content="Quake hits coast">', '', 'Quake hits coast', 'og:title'],
    ['twitter:title', '<meta name="twitter:title" content="Quake hits coast">', '', 'Quake hits coast', 'twitter:title'],
    ['itemprop headline', '', '<span itemprop="headline">Quake hits coast</span>', 'Quake hits coast', 'itemprop=headline'],
    ['h1', '', '<h1>Quake hits coast</h1>', 'Quake hits coast', 'h1'],
    ['<title>', '<title>Quake hits coast</title>', '', 'Quake hits coast', 'title'],
  ])('%s', (_label, head, body, value, from) => {
    expect(read(head, body).title).toMatchObject({ value, from });
  });

  test.each([
    ['JSON-LD over og:title', ld({ '@type': 'Article', headline: 'A' }) + '<meta property="og:title" content="B">', '', 'A'],
    ['og:title over h1', '<meta property="og:title" content="B">', '<h1>C</h1>', 'B'],
    ['h1 over <title>', '<title>Quake - Herald</title>', '<h1>Quake hits the coast</h1>', 'Quake hits the coast'],
  ])('trust order: %s', (_label, head, body, value) => {
    expect(read(head, body).title?.value).toBe(value);
  });

  test.each([
    ['site name suffix', '<meta property="og:site_name" content="The Guardian"><title>Floods spread | The Guardian</title>', 'https://x.example/a', 'Floods spread'],
    ['host initials', '<title>Stocks fall - Wall Street Journal</title>', 'https://www.wsj.com/articles/x', 'Stocks fall'],
    ['host label', '<title>Stocks fall – WSJ</title>', 'https://www.wsj.com/articles/x', 'Stocks fall'],
    ['site name prefix', '<meta property="og:site_name" content="Gulf Wire"><title>Gulf Wire | Talks resume</title>', 'https://x.example/a', 'Talks resume'],
    ['unknown suffix kept', '<title>Talks resume - Analysis</title>', 'https://x.example/a', 'Talks resume - Analysis'],
  ])('strips %s', (_label, head, url, value) => {
    expect(read(head, '', { url }).title?.value).toBe(value);
  });

  test.each([
    ['site name last', '<title>Storm closes schools - Herald</title>'],
    ['site name first', '<title>Herald | Storm closes schools across the county</title>'],
  ])('skips an h1 that shares no word with the headline in <title> (%s)', (_label, head) => {
    expect(read(head, '<h1>Herald</h1><h1>Storm closes schools</h1>').title?.value).toBe('Storm closes schools');
  });

  test('prefers a full headline over a JSON-LD one cut with an ellipsis', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'A very long headline that was…' }) + '<meta property="og:title" content="A very long headline that was cut by the CMS">';
    expect(read(head).title?.value).toBe('A very long headline that was cut by the CMS');
  });

  test('source span points at the value in the raw page', () => {
    const html = '<html><head><meta property="og:title" content="Quake hits coast"></head></html>';
    const meta = extractMetadata(parseHtml(html), html, {});
    const span = meta.title!.source!;
    expect(html.slice(span.start, span.end)).toBe('Quake hits coast');
  });
});

describe('published', () => {
  test.each([
    ['JSON-LD datePublished', ld({ '@type': 'NewsArticle', datePublished: '2019-11-20T10:00:00+01:00' }), '', '2019-11-20T10:00:00+01:00', 'json-ld'],
    ['article:published_time', '<meta property="article:published_time" content="2019-11-20T10:00:00Z">', '', '2019-11-20T10:00:00Z', 'article:published_time'],
    ['meta date', '<meta name="date" content="2019-11-20">', '', '2019-11-20', 'meta[name=date]'],
    ['meta pubdate', '<meta name="pubdate" content="20191120">', '', '2019-11-20', 'meta[name=pubdate]'],
    ['dc.date', '<meta name="DC.date" content="2019-11-20">', '', '2019-11-20', 'meta[name=dc.date]'],
    ['sailthru.date', '<meta name="sailthru.date" content="2019-11-20 10:00:00">', '', '2019-11-20T10:00:00', 'meta[name=sailthru.date]'],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2019-11-20T10:00:00Z">', '', '2019-11-20T10:00:00Z', 'meta[name=parsely-pub-date]'],
    ['meta itemprop', '<meta itemprop="datePublished" content="2019-11-20">', '', '2019-11-20', 'meta[itemprop=datepublished]'],
    ['itemprop element', '', '<span itemprop="datePublished" content="2019-11-20">Nov 20</span>', '2019-11-20', 'itemprop=datePublished'],
    ['<time pubdate>', '', '<time datetime="2019-11-20T08:00" pubdate>8am</time>', '2019-11-20T08:00:00', 'time'],
    ['<time> in article', '', '<article><time datetime="2019-11-20">Nov 20</time></article>', '2019-11-20', 'time'],
    ['text near title', '', '<h1>Quake</h1><p>Published 20 November 2019</p>', '2019-11-20', 'text'],
  ])('%s', (_label, head, body, value, from) => {
    expect(read(head, body).published).toMatchObject({ value, from });
  });

  test('URL date', () => {
    expect(read('', '', { url: 'https://x.example/2019/11/20/quake' }).published).toEqual({ value: '2019-11-20', from: 'url' });
  });

  test.each([
    ['JSON-LD over og', ld({ '@type': 'NewsArticle', datePublished: '2019-11-20' }) + '<meta property="article:published_time" content="2019-11-21">', '', '2019-11-20'],
    ['og over meta', '<meta name="date" content="2019-11-22"><meta property="article:published_time" content="2019-11-21">', '', '2019-11-21'],
    ['meta over time', '<meta name="date" content="2019-11-22">', '<article><time datetime="2019-11-23">x</time></article>', '2019-11-22'],
    ['publish-marked time over first time', '', '<article><time datetime="2019-11-24" class="updated">u</time><time datetime="2019-11-23" class="published">p</time></article>', '2019-11-23'],
  ])('trust order: %s', (_label, head, body, value) => {
    expect(read(head, body).published?.value).toBe(value);
  });

  test.each([
    ['no date anywhere', '<title>Quake</title>', '<h1>Quake</h1><p>Some text.</p>'],
    ['before 1990', '<meta name="date" content="1970-01-01">', ''],
    ['in the future', '<meta name="date" content="2030-05-01">', ''],
    ['unreadable', '<meta name="date" content="last Tuesday">', ''],
    ['ambiguous slashes', '<meta name="date" content="05/06/2019">', ''],
    ['only an update time', '', '<article><time datetime="2019-11-24" itemprop="dateModified">u</time></article>'],
  ])('stays undefined: %s', (_label, head, body) => {
    expect(read(head, body).published).toBeUndefined();
  });

  test('falls through a nonsense value to the next source', () => {
    expect(read('<meta property="article:published_time" content="0000-00-00"><meta name="date" content="2019-11-20">').published?.value).toBe('2019-11-20');
  });
});

describe('byline', () => {
  test.each([
    ['JSON-LD author object', ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Jane Smith' } }), '', 'Jane Smith', 'json-ld'],
    ['JSON-LD author list', ld({ '@type': 'NewsArticle', author: [{ name: 'Jane Smith' }, { name: 'Omar Saleh' }] }), '', 'Jane Smith, Omar Saleh', 'json-ld'],
    ['JSON-LD author string', ld({ '@type': 'NewsArticle', author: 'By Jane Smith' }), '', 'Jane Smith', 'json-ld'],
    ['meta author', '<meta name="author" content="Jane Smith">', '', 'Jane Smith', 'meta[name=author]'],
    ['several meta authors', '<meta name="author" content="Jane Smith"><meta name="author" content="Omar Saleh">', '', 'Jane Smith, Omar Saleh', 'meta[name=author]'],
    ['article:author name', '<meta property="article:author" content="Jane Smith">', '', 'Jane Smith', 'article:author'],
    ['itemprop author name', '', '<div itemprop="author"><span itemprop="name">Jane Smith</span> <img alt=""></div>', 'Jane Smith', 'itemprop=author'],
    ['byline class', '', '<h1>T</h1><div class="article-byline">By Jane Smith | 3 hours ago</div>', 'Jane Smith', 'byline-class'],
    ['rel=author', '', '<a rel="author" href="/jane">Jane Smith</a>', 'Jane Smith', 'a[rel=author]'],
    ['text near title', '', '<h1>Quake</h1><p>By <a href="/j">Jane Smith</a></p>', 'Jane Smith', 'text'],
  ])('%s', (_label, head, body, value, from) => {
    expect(read(head, body).byline).toMatchObject({ value, from });
  });

  test.each([
    ['drops URLs', '<meta property="article:author" content="https://facebook.com/jane"><meta name="author" content="Jane Smith">', 'Jane Smith'],
    ['drops job titles', '<meta name="author" content="TOM KRISHER, AP Auto Writer">', 'TOM KRISHER'],
    ['dedupes', ld({ '@type': 'NewsArticle', author: [{ name: 'Jane Smith' }, { name: 'jane smith' }] }), 'Jane Smith'],
    ['drops the site when a person is named', '<meta property="og:site_name" content="CNN"><meta name="author" content="Jill Disis, CNN">', 'Jill Disis'],
  ])('%s', (_label, head, value) => {
    expect(read(head).byline?.value).toBe(value);
  });

  test('no byline stays undefined', () => {
    expect(read('<title>T</title>', '<h1>T</h1><p>Text by the river.</p><div class="author-bio">Jane writes about rivers</div>').byline).toBeUndefined();
  });
});

describe('standfirst, site name, url', () => {
  test.each([
    ['JSON-LD description', ld({ '@type': 'NewsArticle', description: 'Aid arrives.' }), '', 'Aid arrives.', 'json-ld'],
    ['og:description', '<meta property="og:description" content="Aid arrives.">', '', 'Aid arrives.', 'og:description'],
    ['meta description', '<meta name="description" content="Aid arrives.">', '', 'Aid arrives.', 'meta[name=description]'],
    ['standfirst element', '', '<h1>T</h1><p class="article-standfirst">Aid arrives in the city after weeks of siege.</p>', 'Aid arrives in the city after weeks of siege.', 'dek'],
  ])('standfirst: %s', (_label, head, body, value, from) => {
    expect(read(head, body).standfirst).toMatchObject({ value, from });
  });

  test('a whole-article description is not a standfirst', () => {
    expect(read(`<meta name="description" content="${'Long text. '.repeat(80)}">`).standfirst).toBeUndefined();
  });

  test.each([
    ['og:site_name', '<meta property="og:site_name" content="Gulf Wire">' + ld({ '@type': 'NewsArticle', publisher: { name: 'AP' } }), 'Gulf Wire', 'og:site_name'],
    ['JSON-LD publisher', ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Gulf Wire' } }), 'Gulf Wire', 'json-ld'],
    ['application-name', '<meta name="application-name" content="Gulf Wire">', 'Gulf Wire', 'meta[name=application-name]'],
  ])('siteName: %s', (_label, head, value, from) => {
    expect(read(head).siteName).toMatchObject({ value, from });
  });

  test.each([
    ['canonical, resolved', '<link rel="canonical" href="/news/1">', 'https://x.example/news/1?utm=a', 'https://x.example/news/1', 'link[rel=canonical]'],
    ['og:url', '<meta property="og:url" content="https://x.example/news/1">', undefined, 'https://x.example/news/1', 'og:url'],
    ['given', '', 'https://x.example/news/1', 'https://x.example/news/1', 'given'],
  ])('url: %s', (_label, head, url, value, from) => {
    expect(read(head, '', url === undefined ? {} : { url }).url).toMatchObject({ value, from });
  });
});

describe('lang', () => {
  const english = '<p>The minister said that the talks were going well and that he would return to the capital on Friday, when the results of the vote are expected to be announced by the commission. It was not clear what the opposition would do, but they have said that they will not accept a result which they consider to be unfair, and there are fears of unrest in the north of the country, where the army has been deployed for weeks.</p>'.repeat(2);
  const german = '<p>Der Minister sagte, dass die Gespräche gut verlaufen seien und er am Freitag in die Hauptstadt zurückkehren werde, wenn die Ergebnisse der Wahl von der Kommission bekannt gegeben werden. Es ist nicht klar, was die Opposition tun wird, aber sie hat gesagt, dass sie ein Ergebnis nicht akzeptieren wird, das sie für unfair hält, und es gibt Befürchtungen vor Unruhen im Norden des Landes, wo die Armee seit Wochen im Einsatz ist.</p>'.repeat(3);
  test.each([
    ['html lang', '<html lang="en-GB"><head></head><body></body></html>', 'en', 'html[lang]'],
    ['content-language', '<html><head><meta http-equiv="content-language" content="fr"></head><body></body></html>', 'fr', 'meta[http-equiv=content-language]'],
    ['og:locale', '<html><head><meta property="og:locale" content="pt_BR"></head><body></body></html>', 'pt', 'og:locale'],
    ['stopword guess', `<html><head></head><body>${german}</body></html>`, 'de', 'text'],
    ['declarations disagree: the text decides', `<html lang="en"><head><meta http-equiv="content-language" content="de"></head><body>${german}</body></html>`, 'de', 'meta[http-equiv=content-language]'],
    ['declared language kept when the text agrees', `<html lang="en"><head></head><body>${english}</body></html>`, 'en', 'html[lang]'],
  ])('%s', (_label, html, value, from) => {
    expect(extractMetadata(parseHtml(html), html, {}).lang).toMatchObject({ value, from });
  });

  test('no declaration and too little text stays undefined', () => {
    expect(read('', '<p>Hello.</p>').lang).toBeUndefined();
  });
});

describe('broken JSON-LD', () => {
  test.each([
    ['trailing comma', '{"@type":"NewsArticle","headline":"Quake hits coast","datePublished":"2019-11-20",}'],
    ['raw newline in a string', '{"@type":"NewsArticle","headline":"Quake hits\ncoast","datePublished":"2019-11-20"}'],
    ['HTML comment wrapper', '<!--{"@type":"NewsArticle","headline":"Quake hits coast","datePublished":"2019-11-20"}-->'],
    ['two objects back to back', '{"@type":"Organization","name":"W"}{"@type":"NewsArticle","headline":"Quake hits coast","datePublished":"2019-11-20"}'],
    ['unbalanced braces', '{"@type":"NewsArticle","headline":"Quake hits coast","datePublished":"2019-11-20","author":{"name":"Jane Smith"'],
  ])('%s', (_label, json) => {
    const meta = read(`<script type="application/ld+json">${json}</script>`);
    expect(meta.title?.value).toMatch(/^Quake hits\s?coast$/);
    expect(meta.published?.value).toBe('2019-11-20');
  });

  test('garbage JSON-LD falls back to meta tags', () => {
    const meta = read('<script type="application/ld+json">{{{ not json</script><meta property="og:title" content="Quake">');
    expect(meta.title).toMatchObject({ value: 'Quake', from: 'og:title' });
  });

  test('reads @graph, resolving author and publisher @id references', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://x.example/#page', name: 'Page' },
        { '@type': 'Person', '@id': 'https://x.example/#jane', name: 'Jane Smith' },
        { '@type': 'Organization', '@id': 'https://x.example/#org', name: 'Gulf Wire' },
        { '@type': ['ReportageNewsArticle'], headline: 'Quake hits coast', author: { '@id': 'https://x.example/#jane' }, publisher: { '@id': 'https://x.example/#org' }, datePublished: '2019-11-20' },
      ],
    };
    const meta = read(ld(graph));
    expect([meta.title?.value, meta.byline?.value, meta.siteName?.value]).toEqual(['Quake hits coast', 'Jane Smith', 'Gulf Wire']);
  });

  test('decodes HTML entities written into JSON-LD strings', () => {
    expect(read(ld({ '@type': 'BlogPosting', headline: 'Don&#8217;t panic' })).title?.value).toBe('Don’t panic');
  });
});
