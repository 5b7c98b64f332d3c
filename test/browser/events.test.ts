import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserSuite, HAS_CHROMIUM, startUi } from './harness.js';
import type { UiSession } from './harness.js';
import { browserStore } from './seed.js';

/** The text of each row's cell in the given column (0-based). */
async function column(ui: UiSession, index: number): Promise<string[]> {
  return ui.page.$$eval(`table.events tbody tr td:nth-child(${index + 1})`, (cells) => cells.map((c) => (c.textContent ?? '').trim()));
}

async function waitForRows(ui: UiSession, count: number): Promise<void> {
  await ui.page.waitForFunction((n) => document.querySelectorAll('table.events tbody tr').length === n && !document.querySelector('table.events.stale'), count);
}

describe.skipIf(!HAS_CHROMIUM)(browserSuite('events table'), () => {
  let ui: UiSession;
  beforeAll(async () => {
    ui = await startUi({ store: browserStore });
  }, 180_000);
  afterAll(() => ui?.close());

  test('loads every event, newest first, with the count', async () => {
    await ui.goto('/');
    await waitForRows(ui, 6);
    expect([await ui.page.textContent('[data-testid=event-count]'), (await column(ui, 0))[0]]).toEqual(['Events: 1–6 of 6', '2016-07-14']);
  });

  test('a type chosen in the filter bar goes into the URL and filters the rows', async () => {
    await ui.goto('/');
    await waitForRows(ui, 6);
    await ui.page.click('details[data-filter=type] summary');
    await ui.page.check('details[data-filter=type] input[value=PROTEST]');
    await waitForRows(ui, 2);
    expect([new URL(ui.page.url()).searchParams.get('type'), await column(ui, 1)]).toEqual(['PROTEST', ['PROTEST', 'PROTEST']]);
  });

  test('a text search applies on Enter', async () => {
    await ui.goto('/');
    await waitForRows(ui, 6);
    await ui.page.fill('input[name=q]', 'barrel bombs');
    await ui.page.press('input[name=q]', 'Enter');
    await waitForRows(ui, 1);
    expect([new URL(ui.page.url()).searchParams.get('q'), await column(ui, 1)]).toEqual(['barrel bombs', ['ASSAULT']]);
  });

  test('filters in a linked URL fill the filter bar', async () => {
    await ui.goto('/?country=CHE&since=2016-01-01');
    await waitForRows(ui, 1);
    expect([await ui.page.inputValue('input[name=country]'), await ui.page.inputValue('input[name=since]')]).toEqual(['CHE', '2016-01-01']);
  });

  test('back after a filter brings the unfiltered table back', async () => {
    await ui.goto('/');
    await waitForRows(ui, 6);
    await ui.page.fill('input[name=actor]', 'Russia');
    await ui.page.press('input[name=actor]', 'Enter');
    await waitForRows(ui, 1);
    await ui.page.goBack();
    await waitForRows(ui, 6);
    expect(await ui.page.inputValue('input[name=actor]')).toBe('');
  });

  test('a click on a column header sorts by it, a second click reverses', async () => {
    await ui.goto('/');
    await waitForRows(ui, 6);
    await ui.page.click('th[data-sort=goldstein] button');
    await ui.page.waitForURL(/sort=goldstein/);
    await waitForRows(ui, 6);
    const desc = await column(ui, 9);
    await ui.page.click('th[data-sort=goldstein] button');
    await ui.page.waitForURL(/order=asc/);
    await waitForRows(ui, 6);
    const asc = await column(ui, 9);
    expect([desc[0], asc[0], asc.slice().reverse()]).toEqual(['+7.4', '−10', desc]);
  });

  test('sorting by dead puts the deadliest event first', async () => {
    await ui.goto('/?sort=dead&order=desc');
    await waitForRows(ui, 6);
    expect((await column(ui, 7)).slice(0, 2)).toEqual(['30 / –', '12 / –']);
  });

  test('a place name becomes a near filter, and × removes it', async () => {
    await ui.goto('/');
    await waitForRows(ui, 6);
    await ui.page.fill('input[name=place]', 'azaz');
    await ui.page.press('input[name=place]', 'Enter');
    await waitForRows(ui, 1);
    const url = new URL(ui.page.url());
    const filtered = [url.searchParams.get('near'), url.searchParams.get('place'), await ui.page.inputValue('input[name=place]')];
    await ui.page.click('.place-filter button.clear');
    await waitForRows(ui, 6);
    expect([...filtered, new URL(ui.page.url()).search]).toEqual(['36.59,37.05,25', 'Azaz', 'Azaz', '']);
  });

  test('an unknown place name says so and filters nothing', async () => {
    await ui.goto('/');
    await waitForRows(ui, 6);
    await ui.page.fill('input[name=place]', 'Atlantis');
    await ui.page.press('input[name=place]', 'Enter');
    await ui.page.waitForSelector('.field-problem');
    expect([await ui.page.textContent('.field-problem'), new URL(ui.page.url()).search]).toEqual(['no place “Atlantis” among the busiest 1,000', '']);
  });

  test('no script errors on the way', () => {
    expect(ui.errors.filter((e) => e.startsWith('page error'))).toEqual([]);
  });
});
