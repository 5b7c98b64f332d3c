import { describe, expect, test } from 'vitest';
import { parseHtml } from '../dom.js';
import { extractBody } from './body.js';

const P1 = 'The city council voted on Tuesday to approve a new budget, which includes more money for schools.';
const P2 = 'Opponents said the plan would raise property taxes, while supporters argued that it was overdue.';
const P3 = 'The mayor is expected to sign the budget next week, according to a statement from her office.';

function page(article: string, extra = ''): string {
  return `<html><head><title>Council approves budget | Ledger</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="layout"><main><article><h1>Council approves budget</h1>${article}</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Story one about something else entirely</a></li><li><a href="/b">Story two about something else</a></li></ul></aside></div>
${extra}<footer><p>© 2024 Ledger. All rights reserved.</p></footer></body></html>`;
}

function run(html: string, breakMode?: 'space' | 'split' | 'double') {
  return extractBody(parseHtml(html), html, { title: 'Council approves budget | Ledger', ...(breakMode ? { breakMode } : {}) });
}

describe('extractBody', () => {
  test('returns the article paragraphs without title, navigation, sidebar or footer', () => {
    const blocks = run(page(`<p>${P1}</p><p>${P2}</p><p>${P3}</p>`));
    expect(blocks.map((b) => b.text)).toEqual([P1, P2, P3]);
  });

  test('keeps headings, list items with depth, quotes and pre as structure', () => {
    const blocks = run(
      page(
        `<p>${P1}</p><h2>What changes</h2><ul><li>More teachers<ul><li>In primary schools</li></ul></li><li>New buses</li></ul>` +
          `<blockquote><p>${P2}</p></blockquote><pre>total = 10\n  + 2</pre><p>${P3}</p>`,
      ),
    );
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['p', undefined, P1],
      ['h', 2, 'What changes'],
      ['li', 1, 'More teachers'],
      ['li', 2, 'In primary schools'],
      ['li', 1, 'New buses'],
      ['blockquote', undefined, P2],
      ['pre', undefined, 'total = 10\n  + 2'],
      ['p', undefined, P3],
    ]);
  });

  test('drops image captions and credits', () => {
    const blocks = run(
      page(`<p>${P1}</p><figure><img src="a.jpg"><figcaption>The council chamber. Photo: J. Doe</figcaption></figure>` +
        `<div class="image-caption">Councillors before the vote</div><p>${P2}</p>`),
    );
    expect(blocks.map((b) => b.text)).toEqual([P1, P2]);
  });

  test('drops share bars, newsletter boxes and advertisements inside the article', () => {
    const blocks = run(
      page(`<div class="share-tools"><a href="#">Facebook</a><a href="#">Twitter</a></div><p>${P1}</p>` +
        `<div class="ad-slot">Advertisement</div><p>${P2}</p><div>Sign up for our free newsletter</div><p>${P3}</p>`),
    );
    expect(blocks.map((b) => b.text)).toEqual([P1, P2, P3]);
  });

  test('a short article right after the headline beats longer prose elsewhere on the page', () => {
    const boiler = `<div class="contact"><p>${P2} ${P3}</p><p>${P3} ${P2}</p></div>`;
    const blocks = run(page(`<div><p>${P1}</p><p>${P3}</p></div>`, boiler));
    expect(blocks.map((b) => b.text)).toEqual([P1, P3]);
  });

  test('every exact segment maps back to the same characters of the source', () => {
    const html = page(`<p>${P1}\n   <b>Bold</b> text &amp; more</p><p>${P2}</p>`);
    for (const b of run(html)) {
      let covered = 0;
      for (const s of b.segments) {
        covered += s.end - s.start;
        if (s.end - s.start === s.sourceEnd - s.sourceStart) {
          expect(html.slice(s.sourceStart, s.sourceEnd).replace(/\s/g, ' ')).toBe(b.text.slice(s.start, s.end));
        } else {
          expect(html.slice(s.sourceStart, s.sourceEnd)).toBe('&amp;');
        }
      }
      expect(covered).toBe(b.text.length);
    }
  });

  test.each([
    ['double', [`${P1} ${P2}`, P3]],
    ['split', [P1, P2, P3]],
    ['space', [`${P1} ${P2} ${P3}`]],
  ] as const)('<br> read as %s', (mode, expected) => {
    const blocks = run(page(`<div>${P1}<br>${P2}<br><br>${P3}</div>`), mode);
    expect(blocks.map((b) => b.text)).toEqual(expected);
  });

  test('falls back to the JSON-LD articleBody when the page has no readable body', () => {
    const body = `${P1}\\n${P2}`;
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${body}"}</script></head><body><div id="app"></div></body></html>`;
    const blocks = run(html);
    expect(blocks.map((b) => b.text)).toEqual([P1, P2]);
    expect(html.slice(blocks[0]!.segments[0]!.sourceStart, blocks[0]!.segments[0]!.sourceEnd)).toBe(P1);
  });

  test('returns no blocks for a page without text', () => {
    expect(run('<html><body><nav><a href="/">Home</a></nav></body></html>')).toEqual([]);
  });
});

describe('extractBody on malformed pages', () => {
  test('survives very deep nesting', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>${P1}</p>${'</div>'.repeat(5000)}</body></html>`;
    expect(extractBody(parseHtml(html), html, {}).map((b) => b.text)).toEqual([P1]);
  });
});

describe('JSON-LD safety net', () => {
  const other = 'Completely different words: weather forecast tomorrow brings sunshine across northern valleys, gentle breezes, pleasant temperatures everywhere. '.repeat(5);

  test('a long JSON-LD body that shares no words with the found text replaces it', () => {
    const html = `<html><head><script type="application/ld+json">{"articleBody":"${other}"}</script></head><body>` +
      `<h1>Council approves budget</h1><div><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`;
    expect(run(html).map((b) => b.text)).toEqual([other.trim()]);
  });

  test('a JSON-LD body that agrees with the page leaves the page text in place', () => {
    const html = `<html><head><script type="application/ld+json">{"articleBody":"${P1} ${P2} ${P3} ${P1}"}</script></head><body>` +
      `<h1>Council approves budget</h1><div><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`;
    expect(run(html).map((b) => b.text)).toEqual([P1, P2, P3]);
  });
});

describe('segments of inserted spaces', () => {
  test('the space standing for a <br> maps to the tag, not to one of its characters', () => {
    const html = page(`<p>${P1}<br>${P2}</p><p>${P3}</p>`);
    const [first] = run(html);
    const space = first!.segments.find((s) => first!.text.slice(s.start, s.end) === ' ' && html.slice(s.sourceStart, s.sourceEnd) === '<br>');
    expect(space).toBeDefined();
  });

  test('the headline element is not body even when it differs from the title', () => {
    const html = page(`<p>${P1}</p><p>${P2}</p>`).replace('<h1>Council approves budget</h1>', '<h1>Budget vote brings relief to city schools</h1>');
    const blocks = extractBody(parseHtml(html), html, { title: 'Schools win in budget row' });
    expect(blocks.map((b) => b.text)).toEqual([P1, P2]);
  });
});
