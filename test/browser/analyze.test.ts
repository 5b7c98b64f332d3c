import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserSuite, HAS_CHROMIUM, ROOT, startUi } from './harness.js';
import type { UiSession } from './harness.js';

const EXAMPLE = join(ROOT, '..', 'shared', 'data', 'examples', 'independent-syria-ceasefire-2014.txt');

/** A small news page written for this test. */
const PAGE = `<!doctype html><html><head><title>Clashes near Aleppo | Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Government forces shell rebel districts of Aleppo</h1>
<p class="byline">By Jane Smith</p>
<p>Syrian government forces shelled rebel-held districts of Aleppo on Tuesday, killing at least 12 people, activists said.</p>
<p>The United Nations envoy Staffan de Mistura condemned the attack and called for a ceasefire in the city.</p>
<p>"We cannot accept the killing of civilians," de Mistura told reporters in Geneva.</p>
</article>
<footer>© Example News</footer>
</body></html>`;

async function analyzeInput(ui: UiSession, input: string): Promise<void> {
  await ui.goto('/analyze');
  await ui.page.fill('textarea[name=input]', input);
  await ui.page.click('button[type=submit]');
  await ui.page.waitForSelector('[data-testid=analysis], .error', { timeout: 90_000 });
}

describe.skipIf(!HAS_CHROMIUM)(browserSuite('analyze'), () => {
  let ui: UiSession;
  beforeAll(async () => {
    ui = await startUi();
  }, 180_000);
  afterAll(() => ui?.close());

  test('a pasted page shows its article, entities, quotes and events', { timeout: 120_000 }, async () => {
    await analyzeInput(ui, PAGE);
    const title = await ui.page.textContent('[data-testid=article-title]');
    const people = await ui.page.$$eval('.article mark.ent-PERSON', (ms) => ms.map((m) => m.textContent));
    const types = await ui.page.$$eval('.analysis-events .type-badge', (bs) => bs.map((b) => b.textContent));
    const quotes = await ui.page.$$eval('.quotes li', (ls) => ls.length);
    expect({ title, hasPerson: people.some((p) => p?.includes('Mistura')), assault: types.includes('ASSAULT'), quotes: quotes > 0 }).toEqual({
      title: 'Government forces shell rebel districts of Aleppo',
      hasPerson: true,
      assault: true,
      quotes: true,
    });
  });

  test('a page added to the knowledge base shows up in the events table', { timeout: 120_000 }, async () => {
    await ui.goto('/analyze');
    await ui.page.fill('textarea[name=input]', PAGE.replace('shelled rebel-held districts', 'shelled the Bustan al-Qasr district'));
    await ui.page.check('input[name=store]');
    await ui.page.click('button[type=submit]');
    await ui.page.waitForSelector('[data-testid=stored]', { timeout: 90_000 });
    const message = await ui.page.textContent('[data-testid=stored]');
    await ui.goto('/?q=Bustan');
    await ui.page.waitForSelector('table.events tbody tr');
    expect([message?.startsWith('Stored (new) with'), await ui.page.$$eval('table.events tbody tr td:nth-child(2)', (cells) => cells.map((c) => c.textContent))]).toEqual([true, ['ASSAULT']]);
  });

  test('the input kind is detected as it is typed', async () => {
    await ui.goto('/analyze');
    await ui.page.fill('textarea[name=input]', 'https://news.example/a.html');
    expect(await ui.page.textContent('select[name=kind] option[value=auto]')).toBe('detected (url)');
  });

  test('a URL that cannot be fetched shows the API error', { timeout: 60_000 }, async () => {
    await analyzeInput(ui, 'http://127.0.0.1:9/nothing-here');
    expect(await ui.page.textContent('.error')).toMatch(/\(422 /);
  });

  describe.skipIf(!existsSync(EXAMPLE))('the example page (../shared)', () => {
    test('shows the article with its people and events', { timeout: 120_000 }, async () => {
      await analyzeInput(ui, readFileSync(EXAMPLE, 'utf8'));
      const article = (await ui.page.textContent('.article')) ?? '';
      const people = await ui.page.$$eval('.article mark.ent-PERSON', (ms) => ms.map((m) => m.textContent ?? ''));
      const events = await ui.page.$$eval('.analysis-event', (es) => es.length);
      expect({
        headline: article.includes('Russia and US unite to push for Syria ceasefire'),
        kerry: people.some((p) => p.includes('Kerry')),
        lavrov: people.some((p) => p.includes('Lavrov')),
        events: events >= 5,
      }).toEqual({ headline: true, kerry: true, lavrov: true, events: true });
    });

    test('pasted as text, the article is extracted by default: title, standfirst, ten body paragraphs, no page clutter', { timeout: 120_000 }, async () => {
      await analyzeInput(ui, readFileSync(EXAMPLE, 'utf8'));
      const [extract, title, standfirst, paragraphs, article] = await Promise.all([
        ui.page.isChecked('input[name=extract]'),
        ui.page.textContent('[data-testid=article-title]'),
        ui.page.$$eval('.article .standfirst', (s) => s.length),
        ui.page.$$eval('.article .body p', (ps) => ps.length),
        ui.page.textContent('.article'),
      ]);
      expect({ extract, title, standfirst, paragraphs, clutter: /Recruitment Genius|Related Topics/.test(article ?? '') }).toEqual({
        extract: true,
        title: 'Russia and US unite to push for Syria ceasefire as Kerry and Lavrov meet in Paris',
        standfirst: 1,
        paragraphs: 10,
        clutter: false,
      });
    });

    test('unticking "extract" keeps every paragraph of the text', { timeout: 120_000 }, async () => {
      await ui.goto('/analyze');
      await ui.page.fill('textarea[name=input]', readFileSync(EXAMPLE, 'utf8'));
      await ui.page.uncheck('input[name=extract]');
      await ui.page.click('button[type=submit]');
      await ui.page.waitForSelector('[data-testid=analysis]', { timeout: 90_000 });
      expect(await ui.page.$$eval('.article .body p', (ps) => ps.length)).toBeGreaterThan(10);
    });
  });
});
