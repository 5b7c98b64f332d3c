import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserSuite, HAS_CHROMIUM, startUi } from './harness.js';
import type { UiSession } from './harness.js';

describe.skipIf(!HAS_CHROMIUM)(browserSuite('shell'), () => {
  let ui: UiSession;
  beforeAll(async () => {
    ui = await startUi();
  }, 180_000);
  afterAll(() => ui?.close());

  test.each([
    ['/', 'Events'],
    ['/timeline', 'Timeline'],
    ['/analyze', 'Analyze'],
  ])('%s marks %s active in the navigation', async (path, label) => {
    await ui.goto(path);
    expect(await ui.page.textContent('.topbar nav a.active')).toBe(label);
  });

  test('an unknown path shows the not-found page', async () => {
    await ui.goto('/nowhere/at/all');
    expect(await ui.page.textContent('main h1')).toBe('Not found');
  });
});
