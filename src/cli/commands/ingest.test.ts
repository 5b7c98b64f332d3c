import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { page } from '../../ingest/sources/fixtures.js';
import { openStore } from '../../store/index.js';
import { main } from '../main.js';

// More pages than one write batch (32, src/batch/run.ts), so the kill lands between commits.
const PAGES = 120;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-cli-'));
  mkdirSync(join(dir, 'pages'));
  for (let n = 1; n <= PAGES; n++) writeFileSync(join(dir, 'pages', `p${String(n).padStart(3, '0')}.html`), page(n));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `sitrep ingest` in a child process, the way a user does (tsx from source). */
function cli(args: string[]): { child: ReturnType<typeof spawn>; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/entry.ts', 'ingest', ...args], { stdio: 'ignore' });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exit };
}

/** Documents stored so far, read without taking the writer's lock. */
function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // the schema is not there yet
  }
}

test('a run killed with kill -9 and restarted stores every page exactly once', async () => {
  const db = join(dir, 'killed.db');
  const args = [join(dir, 'pages'), '--db', db, '--workers', '1', '--quiet'];
  const killed = cli(args);
  let before = 0;
  const deadline = Date.now() + 90_000;
  while ((before = storedCount(db)) < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  killed.child.kill('SIGKILL');
  const end = await killed.exit;
  expect(end.signal).toBe('SIGKILL');
  expect(before).toBeLessThan(PAGES);

  const rerun = await cli(args).exit;
  expect(rerun.code).toBe(0);
  const store = await openStore(db);
  try {
    const docs = await store.documents();
    expect(docs.length).toBe(PAGES);
    expect(new Set(docs.map((d) => d.uri)).size).toBe(PAGES);
  } finally {
    await store.close();
  }
}, 180_000);

test('--json prints the summary; a failing input sets exit code 1 and the run goes on', async () => {
  writeFileSync(join(dir, 'empty.html'), '');
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['ingest', join(dir, 'pages', 'p001.html'), join(dir, 'empty.html'), join(dir, 'missing.html'), '--db', join(dir, 'json.db'), '--workers', '1', '--json'], {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
  });
  const summary = JSON.parse(out.join('')) as { new: number; failed: number; failures: { code: string }[] };
  expect({ code, new: summary.new, failed: summary.failed, codes: summary.failures.map((f) => f.code).sort() }).toEqual({
    code: 1,
    new: 1,
    failed: 2,
    codes: ['empty-input', 'not-found'],
  });
}, 60_000);
