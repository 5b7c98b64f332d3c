import { describe, expect, test } from 'vitest';
import { openSqlite } from './sqlite.js';
import { sqlStore } from './sql-store.js';
import { nearDocumentsSql } from './write.js';

describe('near-duplicate lookup on SQLite', () => {
  test('reads the covering index alone, not the document rows', async () => {
    const db = await openSqlite(':memory:');
    const store = await sqlStore(db);
    const sql = nearDocumentsSql('sqlite');
    const plan = await db.all(`EXPLAIN QUERY PLAN ${sql}`, Array.from({ length: sql.split('?').length - 1 }, (_, i) => `d${i}`));
    await store.close();
    expect(plan.map((row) => String(row['detail']))).toEqual([expect.stringContaining('USING COVERING INDEX documents_near')]);
  });
});
