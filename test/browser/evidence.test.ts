import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserSuite, HAS_CHROMIUM, startUi } from './harness.js';
import type { UiSession } from './harness.js';
import { browserStore } from './seed.js';

/** `[class, text]` of every highlight in the article text panel. */
async function marks(ui: UiSession): Promise<[string, string][]> {
  return ui.page.$$eval('[data-testid=document-text] mark', (ms) => ms.map((m) => [m.className, (m.textContent ?? '').trim()] as [string, string]));
}

describe.skipIf(!HAS_CHROMIUM)(browserSuite('event page and evidence'), () => {
  let ui: UiSession;
  beforeAll(async () => {
    ui = await startUi({ store: browserStore });
  }, 180_000);
  afterAll(() => ui?.close());

  async function openAzaz(): Promise<void> {
    await ui.goto('/?q=checkpoint');
    await ui.page.waitForSelector('table.events tbody tr:only-child');
    await ui.page.click('table.events tbody tr td:nth-child(2)');
    await ui.page.waitForSelector('[data-testid=document-text] mark.role-trigger');
  }

  test('a row click opens the event page, keeping the filters in the URL', async () => {
    await openAzaz();
    const url = new URL(ui.page.url());
    expect([url.pathname.startsWith('/events/'), url.searchParams.get('q'), await ui.page.textContent('.event-head h1')]).toEqual([true, 'checkpoint', 'Islamic State → Syrian army in Azaz']);
  });

  test('the article shows the trigger, actor, recipient, place and date highlighted', async () => {
    await openAzaz();
    expect((await marks(ui)).filter(([cls]) => cls !== 'sentence')).toEqual([
      ['role-actor approx', 'Islamic State'],
      ['role-trigger', 'attacked'],
      ['role-place approx', 'Azaz'],
      ['role-date approx', 'on Sunday'],
      // Located by name: "Syrian army" is not in the sentence, its word "army" is.
      ['role-recipient approx', 'army'],
    ]);
  });

  test('the evidence sentence is marked in the article and quoted above it', async () => {
    await openAzaz();
    const sentence = 'Islamic State fighters attacked a checkpoint near Azaz on Sunday, killing 30 soldiers, the army said.';
    expect([await ui.page.textContent('[data-testid=document-text] mark.sentence'), await ui.page.textContent('.evidence-quote')]).toEqual([sentence, sentence]);
  });

  test('the legend names every highlight colour', async () => {
    await openAzaz();
    expect(await ui.page.$$eval('.legend mark', (ms) => ms.map((m) => m.textContent))).toEqual(['evidence sentence', 'trigger', 'actor', 'recipient', 'place', 'date', 'underlined']);
  });

  test('an actor highlighted in the text links to the actor page, which lists its events', async () => {
    await openAzaz();
    await ui.page.click('[data-testid=document-text] mark.role-actor a');
    await ui.page.waitForSelector('table.events tbody tr');
    expect([decodeURIComponent(new URL(ui.page.url()).pathname), await ui.page.textContent('.actor-page h1'), await ui.page.$$eval('table.events tbody tr', (rows) => rows.length)]).toEqual([
      '/actors/Islamic State',
      'Islamic State (IMG)',
      1,
    ]);
  });

  test('the place link opens the place page with its coordinates and events', async () => {
    await openAzaz();
    await ui.page.click('.facts a[href^="/places/"]');
    await ui.page.waitForSelector('table.events tbody tr');
    expect([await ui.page.textContent('.place-page h1'), await ui.page.textContent('.place-page .facts dd')]).toEqual(['Azaz', '36.5900, 37.0500']);
  });

  test('a place page opened by name alone finds the place', async () => {
    await ui.goto('/places/Geneva');
    await ui.page.waitForSelector('table.events tbody tr');
    expect(await ui.page.$$eval('table.events tbody tr td:nth-child(2)', (cells) => cells.map((c) => c.textContent))).toEqual(['CONSULT']);
  });

  test('an event merged from two documents shows both articles', async () => {
    await ui.goto('/?q=Aleppo&type=ASSAULT');
    await ui.page.waitForSelector('table.events tbody tr:only-child');
    await ui.page.click('table.events tbody tr td:nth-child(2)');
    await ui.page.waitForSelector('.doc-evidence + .doc-evidence [data-testid=document-text]');
    expect(await ui.page.$$eval('[data-testid=document-text] mark.role-trigger', (ms) => ms.map((m) => m.textContent))).toEqual(['shelled', 'dropped']);
  });

  test('an unknown event id says so', async () => {
    await ui.goto('/events/no-such-event');
    await ui.page.waitForSelector('.error');
    expect(await ui.page.textContent('.error')).toContain('no event with id "no-such-event"');
  });

  test('no script errors on the way', () => {
    expect(ui.errors.filter((e) => e.startsWith('page error'))).toEqual([]);
  });
});
