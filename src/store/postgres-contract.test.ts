import { describe, test } from 'vitest';
import { runStoreContract } from './contract.js';
import { openPostgres } from './postgres.js';

const url = process.env['SITREP_TEST_PG'];

if (url) {
  runStoreContract('postgres', async ({ fresh }) => {
    const db = await openPostgres(url);
    // SITREP_TEST_PG names a database for tests only: each test starts from an empty schema.
    if (fresh) await db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
    return db;
  });
} else {
  describe('store contract: postgres', () => {
    test.skip('skipped: set SITREP_TEST_PG=postgres://user:pass@host/db (a database the tests may wipe; .ci/run sets one up)', () => {});
  });
}
