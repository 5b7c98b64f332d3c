import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runStoreContract } from './contract.js';
import { openSqlite } from './sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite', async ({ fresh }) => openSqlite(join(dir, `t${fresh ? ++n : n}.db`)));
