import { expect, test } from 'vitest';
import { analyzeForStore, loadPage, pageFailure } from './analyze-page.js';
import type { PageInput } from '../ingest/sources/index.js';

const pages: [string, string, string | null][] = [
  ['a page with only navigation fails as no-article', '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>', 'no-article'],
  ['an article page is analysed', '<html><body><article><h1>Talks resume</h1><p>Delegations from both sides met in Geneva on Monday to resume talks on a ceasefire.</p></article></body></html>', null],
];

test.each(pages)('%s', async (_name, html, code) => {
  const page: PageInput = { type: 'page', uri: 'fixture.html', content: { kind: 'html', html } };
  let failure: string | null = null;
  try {
    await analyzeForStore(page, await loadPage(page, {}));
  } catch (error) {
    failure = pageFailure(error).code;
  }
  expect(failure).toBe(code);
}, 120_000); // the first analysis loads the models
