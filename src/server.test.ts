import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seededStore } from './api/test-seed.js';
import type { Store } from './store/index.js';
import { DEFAULT_UI_DIR, startServer } from './server.js';
import type { RunningServer } from './server.js';

describe('startServer with a built UI', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-ui-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ui</title><div id="app"></div>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    store = await seededStore();
    server = await startServer({ store, port: 0, uiDir: dir });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([['/'], ['/events/abc'], ['/actors/Syrian%20government%20forces'], ['/analyze'], ['/map?type=ASSAULT']])('%s answers with the app page', async (path) => {
    const res = await fetch(server.url + path);
    expect([res.status, await res.text()]).toEqual([200, expect.stringContaining('<div id="app">')]);
  });

  test('an asset is served as itself', async () => {
    const res = await fetch(`${server.url}/assets/app.js`);
    expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([200, expect.stringContaining('javascript'), 'console.log(1)']);
  });

  test.each([['/assets/missing.js'], ['/api/nothing']])('%s stays a 404', async (path) => {
    expect((await fetch(server.url + path)).status).toBe(404);
  });

  test('the API still answers under /api/', async () => {
    const res = await fetch(`${server.url}/api/stats`);
    expect((await res.json()) as { events: number }).toMatchObject({ events: expect.any(Number) });
  });
});

describe('startServer without a built UI', () => {
  test('/ is the placeholder page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-noui-'));
    const store = await seededStore();
    const server = await startServer({ store, port: 0, uiDir: dir });
    try {
      expect(await (await fetch(`${server.url}/`)).text()).toContain('The web UI is coming');
    } finally {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the default UI folder is the package\'s web/dist, whatever the working directory', () => {
    expect(DEFAULT_UI_DIR.replace(/\\/g, '/')).toMatch(/\/web\/dist\/?$/);
  });
});
