/**
 * Browser tests of the Timeline, Map and Network views over the small seeded store
 * (src/api/test-seed.ts: an Aleppo shelling reported twice, a Damascus protest, Geneva talks), and
 * the actor page's exact-name filter (`actorName`) and its links.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserSuite, HAS_CHROMIUM, startUi } from './harness.js';
import type { UiSession } from './harness.js';

describe.skipIf(!HAS_CHROMIUM)(browserSuite('timeline, map and network views'), () => {
  let ui: UiSession;
  beforeAll(async () => {
    ui = await startUi();
  }, 180_000);
  afterAll(() => ui?.close());

  const query = (): URLSearchParams => new URL(ui.page.url()).searchParams;

  describe('timeline', () => {
    test('draws one bar segment per type and period of the seeded events', async () => {
      await ui.goto('/timeline');
      await ui.page.waitForSelector('.timeline-svg rect.bar');
      const types = await ui.page.$$eval('.timeline-svg rect.bar', (bars) => bars.map((b) => b.getAttribute('data-type')).sort());
      expect(types).toEqual(['ASSAULT', 'CONSULT', 'PROTEST']);
    });

    test('clicking a type in the legend puts it in the URL and keeps only its bars', async () => {
      await ui.goto('/timeline');
      await ui.page.click('.timeline-legend button[data-type="PROTEST"]');
      await ui.page.waitForURL((url) => url.searchParams.get('type') === 'PROTEST');
      await ui.page.waitForFunction(() => [...document.querySelectorAll('.timeline-svg rect.bar')].every((b) => b.getAttribute('data-type') === 'PROTEST'));
      expect(await ui.page.$$eval('.timeline-svg rect.bar', (bars) => bars.length)).toBe(1);
    });

    test.each([
      // By day the Aleppo shelling stands on its own day, a Tuesday.
      ['By day', 'day', (periods: string[]) => periods.includes('2016-05-03')],
      // By week every bar starts on a Monday (the Aleppo shelling on 2 May).
      ['By week', 'week', (periods: string[]) => periods.includes('2016-05-02') && periods.every((p) => new Date(`${p}T00:00:00Z`).getUTCDay() === 1)],
    ])('"%s" puts interval=%s in the URL and buckets the bars so', async (label, interval, check) => {
      await ui.goto('/timeline');
      await ui.page.click(`.timeline-controls button:has-text("${label}")`);
      await ui.page.waitForURL((url) => url.searchParams.get('interval') === interval);
      await ui.page.waitForFunction((i) => document.querySelector('.timeline-controls button.active')?.textContent?.toLowerCase().includes(i), interval);
      await ui.page.waitForSelector('.timeline-svg rect.bar');
      const periods = await ui.page.$$eval('.timeline-svg rect.bar', (bars) => bars.map((b) => b.getAttribute('data-period') ?? ''));
      expect(check(periods)).toBe(true);
    });

    test('one day of data is one bar of a week-wide axis, not a bar across the whole chart', async () => {
      await ui.goto('/timeline?since=2016-06-10&until=2016-06-10');
      await ui.page.waitForSelector('.timeline-svg rect.bar');
      const [bars, barWidth, plotWidth] = await Promise.all([
        ui.page.$$eval('.timeline-svg rect.bar', (b) => b.map((r) => r.getAttribute('data-period'))),
        ui.page.$eval('.timeline-svg rect.bar', (r) => Number(r.getAttribute('width'))),
        ui.page.$eval('.timeline-svg rect.overlay', (r) => Number(r.getAttribute('width'))),
      ]);
      expect([bars, barWidth < plotWidth / 5]).toEqual([['2016-06-10'], true]);
    });

    test('no matching events show a message and no bars', async () => {
      await ui.goto('/timeline?type=SANCTION');
      await ui.page.waitForSelector('.timeline-empty');
      expect(await ui.page.$$eval('.timeline-svg rect.bar', (b) => b.length)).toBe(0);
    });

    test('dragging across the chart sets since and until', async () => {
      await ui.goto('/timeline');
      await ui.page.waitForSelector('.timeline-svg rect.bar');
      const box = await ui.page.locator('.timeline-svg rect.overlay').boundingBox();
      if (!box) throw new Error('no chart overlay');
      await ui.page.mouse.move(box.x + box.width * 0.1, box.y + 40);
      await ui.page.mouse.down();
      await ui.page.mouse.move(box.x + box.width * 0.6, box.y + 40, { steps: 5 });
      await ui.page.mouse.up();
      await ui.page.waitForURL((url) => url.searchParams.has('since') && url.searchParams.has('until'));
      const since = query().get('since') ?? '';
      const until = query().get('until') ?? '';
      expect([/^\d{4}-\d{2}-\d{2}$/.test(since), /^\d{4}-\d{2}-\d{2}$/.test(until), since < until]).toEqual([true, true, true]);
    });
  });

  describe('map', () => {
    test('draws the countries of the world and a marker per cluster of located events', async () => {
      await ui.goto('/map');
      await ui.page.waitForSelector('.map-svg g.marker');
      const [countries, events] = await Promise.all([
        ui.page.$$eval('.map-svg path.country', (paths) => paths.length),
        ui.page.$$eval('.map-svg g.marker', (markers) => markers.reduce((n, m) => n + Number(m.getAttribute('data-events')), 0)),
      ]);
      expect([countries > 150, events]).toEqual([true, 3]);
    });

    test('a filter that matches nothing says so instead of drawing an empty map', async () => {
      await ui.goto('/map?type=SANCTION');
      await ui.page.waitForSelector('.map-empty');
      expect(await ui.page.$$eval('.map-svg g.marker', (m) => m.length)).toBe(0);
    });

    test('clicking a marker opens its event, or the event list filtered to its area', async () => {
      await ui.goto('/map');
      const marker = ui.page.locator('.map-svg g.marker').first();
      await marker.waitFor();
      const single = (await marker.getAttribute('data-events')) === '1';
      await marker.click();
      await ui.page.waitForURL((url) => (single ? url.pathname.startsWith('/events/') : url.pathname === '/' && url.searchParams.has('near')));
    });
  });

  describe('map via /api/map', () => {
    /** The API paths the page requests while `run` runs. */
    async function apiCalls(run: () => Promise<void>): Promise<string[]> {
      const seen: string[] = [];
      const record = (r: { url(): string }): void => {
        const url = new URL(r.url());
        if (url.pathname.startsWith('/api/')) seen.push(url.pathname);
      };
      ui.page.on('request', record);
      try {
        await run();
      } finally {
        ui.page.off('request', record);
      }
      return seen;
    }

    test('loads the places of every matching event in one /api/map request, no event pages', async () => {
      const calls = await apiCalls(async () => {
        await ui.goto('/map');
        await ui.page.waitForSelector('.map-svg g.marker');
      });
      expect([calls.filter((c) => c === '/api/map').length, calls.includes('/api/events'), await ui.page.textContent('.map-count')]).toEqual([1, false, '3 located events at 3 places']);
    });

    test.each([
      ['actorName=Syria', 1],
      ['actor=Syria', 2],
    ])('the shared filters reach /api/map: %s draws %i event(s)', async (filter, events) => {
      await ui.goto(`/map?${filter}`);
      await ui.page.waitForSelector('.map-svg g.marker');
      expect(await ui.page.$$eval('.map-svg g.marker', (ms) => ms.reduce((n, m) => n + Number(m.getAttribute('data-events')), 0))).toBe(events);
    });

    test('a marker of one event opens that event', async () => {
      await ui.goto('/map?actorName=Syria');
      await ui.page.click('.map-svg g.marker');
      await ui.page.waitForURL((url) => url.pathname.startsWith('/events/'));
      await ui.page.waitForSelector('h1');
      expect(await ui.page.textContent('main')).toContain('Syria');
    });
  });

  describe('actor page (exact actorName)', () => {
    test('counts the events of the exact name only ("Syria", not "Syrian government forces")', async () => {
      await ui.goto('/actors/Syria');
      await ui.page.waitForSelector('table.events tbody tr');
      const [stat, rows] = await Promise.all([ui.page.textContent('.stat-row .stat:first-child .value'), ui.page.$$eval('table.events tbody tr', (r) => r.length)]);
      expect([stat, rows]).toEqual(['1', 1]);
    });

    test.each(['/timeline', '/map', '/network'])('its %s link filters by the exact name', async (path) => {
      await ui.goto('/actors/Syria');
      await ui.page.click(`.actor-page a[href^="${path}?"]`);
      await ui.page.waitForURL((url) => url.pathname === path);
      await ui.page.waitForSelector('input[name=actorName]');
      expect([query().get('actorName'), query().get('actor'), await ui.page.inputValue('input[name=actorName]')]).toEqual(['Syria', null, 'Syria']);
    });

    test('× in the filter bar removes the exact-name filter', async () => {
      await ui.goto('/map?actorName=Syria');
      await ui.page.click('button[aria-label="remove the actor name filter"]');
      await ui.page.waitForURL((url) => !url.searchParams.has('actorName'));
      expect(await ui.page.$$eval('input[name=actorName]', (i) => i.length)).toBe(0);
    });
  });

  describe('network', () => {
    test('draws the seeded actors as nodes and their pairs as edges', async () => {
      await ui.goto('/network');
      await ui.page.waitForSelector('.network-svg g.node');
      const [nodes, links] = await Promise.all([ui.page.$$eval('.network-svg g.node', (n) => n.map((g) => g.getAttribute('data-actor')).sort()), ui.page.$$eval('.network-svg line.link', (l) => l.length)]);
      expect([nodes, links]).toEqual([['Protesters', 'Russia', 'Syria', 'United States'], 2]);
    });

    test('zooming in spreads the nodes apart', async () => {
      await ui.goto('/network');
      await ui.page.waitForSelector('.network-svg g.node');
      const spread = (): Promise<number> =>
        ui.page.$$eval('.network-svg g.node', (nodes) => {
          const xs = nodes.map((n) => Number(/translate\(([-\d.]+)/.exec(n.getAttribute('transform') ?? '')?.[1]));
          return Math.max(...xs) - Math.min(...xs);
        });
      const before = await spread();
      await ui.page.click('.network-zoom button[aria-label="Zoom in"]');
      await ui.page.waitForFunction((b) => {
        const xs = [...document.querySelectorAll('.network-svg g.node')].map((n) => Number(/translate\(([-\d.]+)/.exec(n.getAttribute('transform') ?? '')?.[1]));
        return Math.max(...xs) - Math.min(...xs) > b * 1.5;
      }, before);
    });

    test('clicking a node opens the actor page', async () => {
      await ui.goto('/network');
      await ui.page.click('.network-svg g.node[data-actor="Russia"]');
      await ui.page.waitForURL((url) => url.pathname === '/actors/Russia');
    });
  });

  test('a network node opens its actor from the keyboard too', async () => {
    await ui.goto('/network');
    await ui.page.focus('.network-svg g.node[data-actor="United States"]');
    await ui.page.keyboard.press('Enter');
    await ui.page.waitForURL((url) => url.pathname === '/actors/United%20States');
  });

  test('the views raise no page or console errors', () => {
    expect(ui.errors).toEqual([]);
  });
});
