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
 * PostgreSQL: a word search's count and page in one statement, for a filter of `text` alone (with
 * paging and sorting). The GIN matches are read once into a materialised CTE (`m`, one row per
 * cluster); their count is the total, and it picks the page's plan as `queryEvents` would from a
 * separate count: walk the sort index through a hashed subplan of `m` when the walk reads fewer
 * rows than the matches (`end × clusters < matches²`, clusters from `cluster_counts`), look the
 * clusters up by id when they are few, or else join them. Each plan is an `ARRAY(…)` (which keeps
 * its `ORDER BY`) in a `CASE`; PostgreSQL evaluates an uncorrelated subquery only when its branch
 * is taken, so only the chosen plan runs. Before this, the GIN scan and its ~3,400 heap blocks ran
 * twice (the count, then the page). Returns one row: `total` and `ids` (the page, in order);
 * undefined for any other filter.
 */
export function wordPageSql(filter: EventFilter, plan: WordPagePlan): { sql: string; params: SqlValue[] } | undefined {
  const ignored = new Set(['limit', 'offset', 'sort', 'order', 'text']);
  const alone = (Object.keys(filter) as (keyof EventFilter)[]).every((k) => filter[k] === undefined || ignored.has(k));
  if (!alone || filter.text === undefined || filter.limit === undefined) return undefined;
  const match = textMatchSql(filter.text, 'postgres');
  if (!match) return undefined;
  const limit = Math.floor(filter.limit);
  const offset = Math.floor(filter.offset ?? 0);
  const order = orderSql(filter);
  const page = (where: string): string => `ARRAY(SELECT c.id FROM clusters c WHERE ${where} ${order} LIMIT ${limit} OFFSET ${offset})`;
  const walk = `n.total >= ${plan.walkMin} AND ${limit + offset} * (SELECT COALESCE(SUM(events), 0) FROM cluster_counts) < n.total * n.total`;
  return {
    sql: `WITH m AS MATERIALIZED (SELECT DISTINCT t.cluster_id FROM (${match.sql}) t),
      n AS (SELECT COUNT(*) AS total FROM m)
    SELECT n.total,
      CASE WHEN n.total = 0 THEN ARRAY[]::text[]
           WHEN ${walk} THEN ${page('(c.id IN (SELECT cluster_id FROM m)) IS TRUE')}
           WHEN n.total <= ${plan.fewMax} THEN ${page('c.id = ANY(ARRAY(SELECT cluster_id FROM m))')}
           ELSE ${page('c.id IN (SELECT cluster_id FROM m)')} END AS ids
    FROM n`,
    params: [match.param],
  };
}
