import { describe, expect, test } from 'vitest';
import { parseHtml } from '../dom.js';
import { extractBody } from './body.js';

const TITLE = 'Council approves new budget for schools';
const ARTICLE = [
  'The city council voted on Tuesday to approve a new budget, which includes more money for schools and buses.',
  'Opponents said the plan would raise property taxes, while supporters argued that it was long overdue for the city.',
  'The mayor is expected to sign the budget next week, according to a statement released by her office on Tuesday.',
  'Teachers welcomed the decision, saying that classrooms had been overcrowded for years and needed more staff.',
];
const TEASER = (i: number): string =>
  `Story number ${i} about an entirely different subject, summarised in one long sentence of teaser prose here.`;

/** Teaser cards: a pruned headline and one description paragraph each, as on a "more stories" grid. */
function cards(n: number): string {
  let out = '<section class="grid">';
  for (let i = 0; i < n; i++) {
    out += `<div class="col"><article class="card"><header><h2 class="headline"><a href="/s${i}">Other story ${i}</a></h2></header><p>${TEASER(i)}</p></article></div>`;
  }
  return `${out}</section>`;
}

function page(body: string): string {
  return `<html><head><title>${TITLE} | Ledger</title></head><body>${body}</body></html>`;
}

const p = (texts: readonly string[]): string => texts.map((t) => `<p>${t}</p>`).join('');

describe('chooseContainer: the headline-anchored candidate against a wider winner', () => {
  test.each([
    {
      name: 'teaser cards below a short article are left out',
      html: page(`<main><article><h1>${TITLE}</h1><div class="story">${p(ARTICLE)}</div></article></main>${cards(14)}`),
      expected: ARTICLE,
    },
    {
      name: 'teaser cards below a two-paragraph article are left out',
      html: page(`<main><article><h1>${TITLE}</h1><div class="story">${p(ARTICLE.slice(0, 2))}</div></article></main>${cards(14)}`),
      expected: ARTICLE.slice(0, 2),
    },
    {
      name: 'a teaser list before the headline is left out',
      html: page(`<div class="wrap">${cards(14)}<div class="main"><h1>${TITLE}</h1><div class="story">${p(ARTICLE)}</div></div></div>`),
      expected: ARTICLE,
    },
    {
      name: 'the parts of a split article are still merged',
      html: page(
        `<main><h1>${TITLE}</h1><div class="part">${p(ARTICLE.slice(0, 2))}</div><div class="ad-slot">Advertisement</div>` +
          `<div class="part">${p(ARTICLE.slice(2))}</div></main>`,
      ),
      expected: ARTICLE,
    },
    {
      name: 'a key-points box under the headline does not overrule the body elsewhere',
      html: page(
        `<div class="top"><h1>${TITLE}</h1><div class="keypoints"><ul><li>${ARTICLE[0]}</li><li>${ARTICLE[1]}</li></ul></div></div>` +
          `<div class="grid"><div class="left"><div class="text">${p([...ARTICLE, ...ARTICLE.map((t) => t.replace('the', 'a'))])}</div></div></div>`,
      ),
      expected: [ARTICLE[0], ARTICLE[1], ...ARTICLE, ...ARTICLE.map((t) => t.replace('the', 'a'))],
    },
    {
      name: 'a short standfirst after the headline does not overrule the article',
      html: page(
        `<section class="top"><h1>${TITLE}</h1><p>Councillors agreed a budget that puts schools first this year.</p></section>` +
          `<div class="body">${p(ARTICLE)}</div>`,
      ),
      expected: ['Councillors agreed a budget that puts schools first this year.', ...ARTICLE],
    },
  ])('$name', ({ html, expected }) => {
    const blocks = extractBody(parseHtml(html), html, { title: `${TITLE} | Ledger` });
    expect(blocks.map((b) => b.text)).toEqual(expected);
  });
});

const PROMO = 'Join our forums to keep talking about the city budget, and if you have a news tip, let us know by email.';
const LINKS = `<ul>${[1, 2, 3, 4, 5].map((i) => `<li><a href="/l${i}">A link to another page on this site, number ${i}</a></li>`).join('')}</ul>`;

describe('chooseContainer and withProseSiblings: what joins the article', () => {
  test.each([
    {
      name: 'a lone promo paragraph after the body is not merged (widening)',
      html: page(`<article><h1>${TITLE}</h1><div class="body">${p(ARTICLE)}</div><p>${PROMO}</p></article>`),
      expected: ARTICLE,
    },
    {
      name: 'a lone promo paragraph beside the body is not merged (siblings)',
      html: page(`<div class="wrap"><div class="body">${p(ARTICLE)}</div><div class="note"><p>${PROMO}</p></div>${LINKS}</div>`),
      expected: ARTICLE,
    },
    {
      name: 'a second part of the article beside the body is merged (siblings)',
      html: page(
        `<div class="wrap"><div class="body">${p(ARTICLE.slice(0, 2))}</div>${LINKS}<div class="more">${p(ARTICLE.slice(2))}</div>${LINKS}</div>`,
      ),
      expected: ARTICLE,
    },
    {
      name: 'paragraphs sitting right beside the headline are all kept (widening)',
      html: page(`<div class="layout"><article><h1>${TITLE}</h1>${p(ARTICLE)}</article>${LINKS}</div>`),
      expected: ARTICLE,
    },
  ])('$name', ({ html, expected }) => {
    const blocks = extractBody(parseHtml(html), html, { title: `${TITLE} | Ledger` });
    expect(blocks.map((b) => b.text)).toEqual(expected);
  });
});
