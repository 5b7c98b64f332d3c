import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { openSqlite } from './sqlite.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('kill -9 while ingesting leaves only whole documents', async () => {
  const db = join(dir, 'crash.db');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/fixtures/store/crash-writer.ts'), db], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  // Kill a moment after a few pages are committed: a big page takes far longer to write than
  // the pause, so the kill lands in the middle of the next one.
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/ok 5\n/.test(out) && child.exitCode === null && !child.killed) {
        setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 20);
      }
    });
    child.on('exit', (code) => (code === null ? resolve() : reject(new Error(`writer exited with ${code}`))));
  });
  await new Promise((resolve) => child.once('close', resolve));
  const sql = await openSqlite(db);
  try {
    const rows = await sql.all(
      `SELECT d.title, (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) AS events,
              (SELECT COUNT(*) FROM evidence v WHERE v.document_id = d.id) AS evidence,
              (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id AND e.cluster_id IS NULL) AS unclustered
       FROM documents d`,
    );
    const broken = rows.filter((r) => {
      const i = Number(String(r['title']).replace('page ', ''));
      const want = 150 + (i % 3);
      return Number(r['events']) !== want || Number(r['evidence']) !== want || Number(r['unclustered']) !== 0;
    });
    expect([rows.length >= 6, broken]).toEqual([true, []]);
  } finally {
    await sql.close();
  }
}, 60_000);
