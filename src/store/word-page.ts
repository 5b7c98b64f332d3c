import { orderSql } from './filter-sql.js';
import { textMatchSql } from './full-text.js';
import type { SqlValue } from './sql.js';
import type { EventFilter } from './types.js';

/** How a page's plan follows the match count (`read.ts`'s rules, restated in SQL). */
export interface WordPagePlan {
  /** Below this many matches the sort index is never walked. */
  walkMin: number;
  /** Up to this many matches a page not walked looks its clusters up by id. */
  fewMax: number;
}

/**
 * A word search's count and page in one statement, for a filter of `text` alone (with paging and
 * sorting). The full-text matches are read once into a materialised CTE (`m`, one row per
 * cluster); their count is the total, and it picks the page's plan as `queryEvents` would from a
 * separate count: walk the sort index (PostgreSQL: through a hashed subplan of `m`; SQLite: the
 * unary `+` keeps the planner on the sort index) when the walk reads fewer rows than the matches
 * (`end × clusters < matches²`), on PostgreSQL look the clusters up by id when they are few, or
 * else join them. Each plan is a subquery in a `CASE` (PostgreSQL `ARRAY(…)`, which keeps its
 * `ORDER BY`; SQLite `json_group_array` over the ordered page); both engines evaluate an
 * uncorrelated subquery only when its branch is reached, so only the chosen plan runs. Before
 * this, the full-text scan ran twice (the count, then the page). Returns one row: `total` and
 * `ids` (the page in order: an array on PostgreSQL, JSON text on SQLite); undefined for any other filter.
 */
export function wordPageSql(filter: EventFilter, plan: WordPagePlan, dialect: 'sqlite' | 'postgres'): { sql: string; params: SqlValue[] } | undefined {
  const ignored = new Set(['limit', 'offset', 'sort', 'order', 'text']);
  const alone = (Object.keys(filter) as (keyof EventFilter)[]).every((k) => filter[k] === undefined || ignored.has(k));
  if (!alone || filter.text === undefined || filter.limit === undefined) return undefined;
  const match = textMatchSql(filter.text, dialect);
  if (!match) return undefined;
  const limit = Math.floor(filter.limit);
  const offset = Math.floor(filter.offset ?? 0);
  const order = orderSql(filter);
  const pg = dialect === 'postgres';
  const ids = `SELECT c.id FROM clusters c WHERE %W ${order} LIMIT ${limit} OFFSET ${offset}`;
  const page = (where: string): string => (pg ? `ARRAY(${ids.replace('%W', where)})` : `(SELECT json_group_array(pg.id) FROM (${ids.replace('%W', where)}) pg)`);
  // The cluster count as `walkIsCheaper` reads it: SQLite's largest rowid, PostgreSQL's counts kept on write.
  const clusters = pg ? '(SELECT COALESCE(SUM(events), 0) FROM cluster_counts)' : '(SELECT MAX(rowid) FROM clusters)';
  const walk = `n.total >= ${plan.walkMin} AND ${limit + offset} * ${clusters} < n.total * n.total`;
  const branches = pg
    ? `WHEN ${walk} THEN ${page('(c.id IN (SELECT cluster_id FROM m)) IS TRUE')}
           WHEN n.total <= ${plan.fewMax} THEN ${page('c.id = ANY(ARRAY(SELECT cluster_id FROM m))')}
           ELSE ${page('c.id IN (SELECT cluster_id FROM m)')}`
    : `WHEN ${walk} THEN ${page('+c.id IN (SELECT cluster_id FROM m)')}
           ELSE ${page('c.id IN (SELECT cluster_id FROM m)')}`;
  return {
    sql: `WITH m AS MATERIALIZED (SELECT DISTINCT t.cluster_id FROM (${match.sql}) t),
      n AS (SELECT COUNT(*) AS total FROM m)
    SELECT n.total, CASE WHEN n.total = 0 THEN ${pg ? 'ARRAY[]::text[]' : "'[]'"}
           ${branches} END AS ids
    FROM n`,
    params: [match.param],
  };
}

/** The page's ids from {@link wordPageSql}'s `ids` column (an array on PostgreSQL, JSON text on SQLite). */
export function wordPageIds(value: unknown): string[] {
  const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(list) ? list.map(String) : [];
}
