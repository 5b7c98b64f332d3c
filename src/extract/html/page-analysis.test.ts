import { describe, expect, test } from 'vitest';
import type { Element } from 'domhandler';
import { findOne } from 'domutils';
import { parseHtml } from '../dom.js';
import { analysePage, countChars, isKept } from './page-analysis.js';

const PROSE = 'This sentence is long enough to count as a paragraph of real article prose, with commas.';

function byId(html: string, id: string) {
  const dom = parseHtml(html);
  const analysis = analysePage(dom);
  const el = findOne((e: Element) => e.attribs.id === id, dom.children, true);
  if (!el) throw new Error(`no #${id}`);
  return { analysis, el, stats: analysis.stats.get(el) };
}

describe('analysePage', () => {
  test('counts link text and prose separately', () => {
    const { stats } = byId(`<div id="x"><p>${PROSE}</p><p><a href="/a">A link</a> and text</p></div>`, 'x');
    expect(stats?.link).toBe('A link'.length);
    expect(stats?.paragraphs).toBe(1);
    expect(stats?.good).toBeGreaterThan(PROSE.length * 0.9);
  });

  test.each([
    ['sibling paragraphs', `<div id="x"><p>${PROSE}</p><p>${PROSE}</p><p>short</p></div>`, 2],
    ['list items are not a paragraph run', `<ul id="x"><li>${PROSE}</li><li>${PROSE}</li></ul>`, 0],
    ['paragraphs nested in cards', `<div id="x"><div><p>${PROSE}</p></div><div><p>${PROSE}</p></div></div>`, 0],
  ])('proseChildren: %s', (_name, html, n) => {
    expect(byId(html, 'x').stats?.proseChildren).toBe(n);
  });

  test('a link-dense block counts as boilerplate, not prose', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<a href="/${i}">Another story headline number ${i}</a>`).join(' ');
    const { stats } = byId(`<div id="x"><p>${links}</p></div>`, 'x');
    expect(stats?.good).toBe(0);
    expect(stats?.bad).toBeGreaterThan(100);
  });

  test.each([
    ['<nav id="x"><p>PROSE</p></nav>'],
    ['<div id="x" style="display:none"><p>PROSE</p></div>'],
    ['<div id="x" hidden><p>PROSE</p></div>'],
    ['<div id="x" class="social-share"><p>PROSE</p></div>'],
    ['<div id="x" class="comments"><p>PROSE</p></div>'],
    ['<aside id="x"><p>PROSE</p></aside>'],
  ])('prunes non-content: %s', (html) => {
    const { analysis, el } = byId(html.replace('PROSE', PROSE), 'x');
    expect(analysis.dropped.has(el)).toBe(true);
  });

  test('keeps a boilerplate-classed wrapper that is mostly quoted text (embedded post)', () => {
    const { analysis, el } = byId(`<div id="x" class="social-embed"><blockquote><p>${PROSE}</p></blockquote></div>`, 'x');
    expect(analysis.dropped.has(el)).toBe(false);
  });

  test('keeps a weakly-classed wrapper that holds several prose paragraphs', () => {
    const { analysis, el } = byId(`<div id="x" class="widget-wrap"><p>${PROSE}</p><p>${PROSE}</p></div>`, 'x');
    expect(analysis.dropped.has(el)).toBe(false);
  });

  test.each([
    ['the article text inside a paywall wrapper is kept', `<div id="x" class="paywall"><p>${PROSE}</p><p>${PROSE}</p></div>`, false],
    ['a paywall prompt is dropped', '<div id="x" class="paywall"><p>Subscribe to continue reading.</p></div>', true],
  ])('%s', (_name, html, dropped) => {
    const { analysis, el } = byId(html, 'x');
    expect(analysis.dropped.has(el)).toBe(dropped);
  });

  test('keeps an element marked itemprop=articleBody whatever its class', () => {
    const { analysis, el } = byId(`<div id="x" class="related" itemprop="articleBody"><p>${PROSE}</p></div>`, 'x');
    expect(analysis.dropped.has(el)).toBe(false);
  });

  const BIO = 'Kristi Noem is the governor of South Dakota and a former member of the House of Representatives.';
  test.each([
    ['a weakly-named link in running text', `<p>Champion <a id="x" class="sn-player-post-link" href="/p">Rafael Nadal</a> kept hopes alive.</p>`, true],
    ['an auto-tag link', `<p>The <a id="x" class="auto-tag_doobie-brothers" href="/t">Doobie Brothers</a> will tour.</p>`, true],
    ['a weakly-named name wrapper', `<p>Gov. <span id="x" class="rollover-people"><a href="/k">Kristi Noem</a><span class="rollover-people-block">${BIO}</span></span> spoke.</p>`, true],
    ['a weakly-named hovercard with long text', `<p>Gov. <span class="rollover-people"><a href="/k">Kristi Noem</a><span id="x" class="rollover-people-block">${BIO}</span></span> spoke.</p>`, false],
    ['a strongly-named inline element', `<p>Short text <span id="x" class="share-button">Share</span> here.</p>`, false],
  ])('inline element kept or pruned: %s', (_name, html, kept) => {
    const { analysis, el } = byId(html, 'x');
    expect(isKept(el, analysis)).toBe(kept);
  });

  test('text of a pruned inline element leaves its paragraph', () => {
    const { stats } = byId(`<p id="x">Short text<span class="share-button">Share on Facebook now</span></p>`, 'x');
    expect(stats?.text).toBe('Short text'.length);
  });

  test.each([['<tr class="player-12 oddrow">'], ['<tr class="sidebar">'], ['<tbody class="comments"><tr>']])(
    'keeps a table row whatever its class words say: %s',
    (row) => {
      const html = `<table>${row}<td id="x">Kyle Busch</td><td>5040</td></tr></table>`;
      const { analysis, el } = byId(html, 'x');
      expect(isKept(el, analysis)).toBe(true);
    },
  );

  test.each([
    ['link-poor table cells are neutral', '<td>Kyle Busch</td><td>5040</td>', 0],
    ['linked table cells are boilerplate', '<td><a href="/a">Kyle Busch</a></td><td><a href="/b">5040</a></td>', 28],
  ])('%s', (_name, cells, bad) => {
    const { stats } = byId(`<table id="x"><tr>${cells}</tr><tr>${cells}</tr></table>`, 'x');
    expect(stats?.bad).toBe(bad);
  });

  test.each([
    ['a  b', 3],
    ['  a\n\n b ', 4],
    ['', 0],
  ])('countChars(%j) = %i', (s, n) => {
    expect(countChars(s)).toBe(n);
  });
});
