/**
 * Browser-test harness: builds the web UI into web/dist when it is missing or older than its
 * sources (once, across test workers), serves it with the real API over a seeded store on a free
 * port, and drives Debian's chromium through playwright-core in a fresh profile.
 *
 * @example
 * describe.skipIf(!HAS_CHROMIUM)(browserSuite('events table'), () => {
 *   let ui: UiSession;
 *   beforeAll(async () => { ui = await startUi(); }, 120_000);
 *   afterAll(() => ui?.close());
 *   test('rows', async () => { await ui.goto('/'); await ui.page.waitForSelector('table.events tbody tr'); });
 * });
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import type { AppOptions } from '../../src/api/index.js';
import { seededStore } from '../../src/api/test-seed.js';
import { startServer } from '../../src/server.js';
import type { RunningServer } from '../../src/server.js';
import type { Store } from '../../src/store/index.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the built UI lives. */
export const UI_DIR = join(ROOT, 'web', 'dist');
/** The chromium binary (`SITREP_CHROMIUM` overrides Debian's). */
export const CHROMIUM = process.env['SITREP_CHROMIUM'] ?? '/usr/bin/chromium';
/** Whether browser tests can run here. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);
/** The flags every test browser gets: headless, no sandbox (containers), nothing phoning home. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A suite name that says why it is skipped when chromium is missing (vitest prints the name). */
export function browserSuite(name: string): string {
  return HAS_CHROMIUM ? `browser: ${name}` : `browser: ${name} (skipped: no chromium at ${CHROMIUM}; install Debian's chromium or set SITREP_CHROMIUM)`;
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function uiIsFresh(): boolean {
  const index = join(UI_DIR, 'index.html');
  if (!existsSync(index)) return false;
  const sources = [join(ROOT, 'web', 'src'), join(ROOT, 'web', 'index.html'), join(ROOT, 'web', 'vite.config.ts')];
  return statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime));
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Builds web/dist (`vite build`) unless it is newer than every UI source. Test files run in
 * parallel workers: a lock directory makes one of them build while the others wait.
 */
export async function ensureUiBuilt(): Promise<string> {
  if (uiIsFresh()) return UI_DIR;
  const lock = join(ROOT, '.tmp', 'web-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker is building; a lock older than three minutes is from a crashed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await sleep(250);
    }
  }
  try {
    if (!uiIsFresh()) {
      const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
      const run = spawnSync(process.execPath, [vite, 'build', '--config', join(ROOT, 'web', 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return UI_DIR;
}

/** A running UI: server, store, and a browser page. */
export interface UiSession {
  /** The server's base URL. */
  url: string;
  page: Page;
  context: BrowserContext;
  store: Store;
  server: RunningServer;
  /** Uncaught page errors and console errors seen so far (a test can assert there are none). */
  errors: string[];
  /** Opens a path of the UI and waits for the app to mount. */
  goto(path: string): Promise<void>;
  /** Closes the browser, the server and the store, and removes the profile. */
  close(): Promise<void>;
}

/** Options of {@link startUi}. */
export interface UiOptions {
  /** The knowledge base to serve (closed by `close()`); default: `seededStore()` from src/api/test-seed.ts. */
  store?: Store | (() => Promise<Store>);
  /** Analysis behind POST /api/analyze (default: the real pipeline). */
  analyze?: AppOptions['analyze'];
  /** Browser viewport (default 1400×900). */
  viewport?: { width: number; height: number };
}

/** Builds the UI if needed, serves it over a seeded store on a free port, and opens chromium. */
export async function startUi(options: UiOptions = {}): Promise<UiSession> {
  const uiDir = await ensureUiBuilt();
  const store = typeof options.store === 'function' ? await options.store() : (options.store ?? (await seededStore()));
  const server = await startServer({ store, port: 0, uiDir, ...(options.analyze ? { analyze: options.analyze } : {}) });
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: options.viewport ?? { width: 1400, height: 900 },
    });
  } catch (error) {
    await server.close();
    await store.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return {
    url: server.url,
    page,
    context,
    store,
    server,
    errors,
    async goto(path) {
      await page.goto(server.url + path);
      await page.waitForSelector('.shell');
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      await store.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
