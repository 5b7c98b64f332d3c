import { gzipSync } from 'node:zlib';
import type { ActorCode, CodedEvent } from '../core/index.js';
import type { ClusterProfile } from './cluster-match.js';
import { actorKeys, dayRange, matchScore, mergeProfile, shiftDay, statusClass, DATE_WINDOW_DAYS } from './cluster-match.js';
import { countActorRoles } from './actor-stats.js';
import { countPlace } from './place-stats.js';
import { bandKeys, containment, minhashOf, shingles, signatureBytes, signatureFromBytes, similarity } from './minhash.js';
import type { SqlExecutor, SqlValue } from './sql.js';
import { placeholders } from './sql.js';
import type { IngestBundle, IngestOutcome } from './types.js';

/** Estimated shingle Jaccard at or above which a page is a near-duplicate of an earlier one. */
export const NEAR_DUPLICATE = 0.6;
/** Estimated containment at or above which a page is a near-duplicate (an updated version that adds text). */
export const CONTAINED = 0.85;
/** Texts shorter than this many shingles are linked on Jaccard only: containment of a few shingles means little. */
const MIN_CONTAINED_SHINGLES = 30;

/** The MinHash work done before the transaction opens (it needs no database). */
export interface Prepared {
  signature: Uint32Array;
  /** Number of distinct word shingles of the text. */
  shingleCount: number;
  bands: string[];
  sourceGz: Uint8Array;
}

/**
 * zlib level for stored source pages. Level 1 compresses news HTML only a few percent worse than
 * the default (6) at a third of the CPU, and the compression runs once per ingested page.
 */
const SOURCE_GZIP_LEVEL = 1;

/** Computes the page's signature and compresses its source, outside the write lock. */
export function prepare(bundle: IngestBundle): Prepared {
  const set = shingles(bundle.document.text);
  const signature = minhashOf(set);
  return { signature, shingleCount: set.size, bands: bandKeys(signature), sourceGz: gzipSync(Buffer.from(bundle.document.source, 'utf8'), { level: SOURCE_GZIP_LEVEL }) };
}

/**
 * Writes one page inside a transaction: the document (linked to an earlier near-duplicate),
 * its actors, places, events and evidence, and each event's cluster. A document already stored
 * is left alone, so re-ingesting is a no-op.
 */
export async function writeBundle(tx: SqlExecutor, bundle: IngestBundle, prep: Prepared): Promise<IngestOutcome> {
  const doc = bundle.document;
  if ((await tx.all('SELECT id FROM documents WHERE id = ?', [doc.id])).length > 0) {
    return { documentId: doc.id, status: 'duplicate', events: 0, duplicateOf: doc.id };
  }
  const near = await findNearDuplicate(tx, prep);
  await tx.run(
    `INSERT INTO documents (id, uri, url, site, title, published, language, text, source_gz, ingested_at, duplicate_of, similarity, minhash, shingle_count)
     VALUES (${placeholders(14)})`,
    [doc.id, doc.uri, doc.url, doc.site, doc.title, doc.published, doc.language, doc.text, prep.sourceGz, new Date().toISOString(), near?.id ?? null, near?.similarity ?? null, signatureBytes(prep.signature), prep.shingleCount],
  );
  for (const band of prep.bands) {
    await tx.run('INSERT INTO document_bands (band, document_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [band, doc.id]);
  }
  const published = doc.published ? doc.published.slice(0, 10) : null;
  for (const event of bundle.events) await writeEvent(tx, doc.id, event, published);
  return {
    documentId: doc.id,
    status: near ? 'near-duplicate' : 'new',
    events: bundle.events.length,
    ...(near ? { duplicateOf: near.id } : {}),
  };
}

/**
 * The most similar earlier document among those sharing an LSH band, when similar enough (Jaccard,
 * or containment for an updated version that adds text); chains resolve to the first.
 */
async function findNearDuplicate(tx: SqlExecutor, prep: Prepared): Promise<{ id: string; similarity: number } | undefined> {
  const rows = await tx.all(
    `SELECT DISTINCT d.id, d.minhash, d.duplicate_of, d.shingle_count FROM document_bands b JOIN documents d ON d.id = b.document_id
     WHERE b.band IN (${placeholders(prep.bands.length)})`,
    prep.bands,
  );
  let best: { id: string; similarity: number } | undefined;
  for (const row of rows) {
    if (!(row['minhash'] instanceof Uint8Array)) continue;
    const s = similarity(prep.signature, signatureFromBytes(row['minhash']));
    const theirs = row['shingle_count'] === null || row['shingle_count'] === undefined ? 0 : Number(row['shingle_count']);
    const contained = Math.min(theirs, prep.shingleCount) >= MIN_CONTAINED_SHINGLES && containment(s, theirs, prep.shingleCount) >= CONTAINED;
    if ((s >= NEAR_DUPLICATE || contained) && (!best || s > best.similarity)) {
      best = { id: (row['duplicate_of'] as string | null) ?? (row['id'] as string), similarity: s };
    }
  }
  return best;
}

/** Stable id of an actor: name, country and sector (the same actor from any page shares the row). */
function actorId(a: ActorCode): string {
  return [a.name, a.country ?? '', a.sector ?? ''].join('|');
}

async function writeEvent(tx: SqlExecutor, documentId: string, event: CodedEvent, published: string | null): Promise<void> {
  const id = `${documentId}:${event.id}`;
  const [dateStart, dateEnd] = dayRange(event.date, published);
  let placeId: string | null = null;
  const loc = event.location;
  if (loc) {
    placeId = `${loc.name}|${loc.country}|${loc.lat.toFixed(3)},${loc.lon.toFixed(3)}`;
    await tx.run(
      `INSERT INTO places (id, name, country, admin1, lat, lon, place_precision) VALUES (${placeholders(7)}) ON CONFLICT DO NOTHING`,
      [placeId, loc.name, loc.country, loc.admin1 ?? null, loc.lat, loc.lon, loc.precision],
    );
  }
  await tx.run(
    `INSERT INTO events (id, document_id, local_id, type, mode, cameo, goldstein, status, place_id, date_start, date_end, date_precision, dead, injured, crowd_size, coded)
     VALUES (${placeholders(16)})`,
    [
      id, documentId, event.id, event.type, event.mode ?? null, event.cameo, event.goldstein, event.status, placeId,
      dateStart, dateEnd, event.datePrecision ?? null, event.dead?.value ?? null, event.injured?.value ?? null, event.size?.value ?? null,
      JSON.stringify(event),
    ],
  );
  const roles: [string, readonly ActorCode[]][] = [['actor', event.actors], ['recipient', event.recipients]];
  const written: { role: string; actorId: string }[] = [];
  for (const [role, list] of roles) {
    for (const [ord, a] of list.entries()) {
      const aid = actorId(a);
      written.push({ role, actorId: aid });
      await tx.run('INSERT INTO actors (id, name, country, sector) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [aid, a.name, a.country ?? null, a.sector ?? null]);
      await tx.run('INSERT INTO event_actors (event_id, role, ord, actor_id) VALUES (?, ?, ?, ?)', [id, role, ord, aid]);
    }
  }
  for (const [ord, ev] of event.evidence.entries()) {
    const values: SqlValue[] = [
      id, ord, documentId, ev.sentence, ev.text, ev.start, ev.end, ev.sourceStart ?? null, ev.sourceEnd ?? null,
      ev.trigger.text, ev.trigger.start, ev.trigger.end, ev.trigger.sourceStart ?? null, ev.trigger.sourceEnd ?? null,
    ];
    await tx.run(
      `INSERT INTO evidence (event_id, ord, document_id, sentence, text, text_start, text_end, source_start, source_end,
        trigger_text, trigger_start, trigger_end, trigger_source_start, trigger_source_end) VALUES (${placeholders(14)})`,
      values,
    );
  }
  const profile: ClusterProfile = {
    type: event.type,
    statusClass: statusClass(event.status),
    dateStart,
    dateEnd,
    // A country-level place is a region, not a point: its centroid says nothing about distance.
    lat: loc && loc.precision !== 'country' ? loc.lat : null,
    lon: loc && loc.precision !== 'country' ? loc.lon : null,
    admin1: loc?.admin1 ?? null,
    country: loc?.country ?? null,
    actorKeys: actorKeys(event),
  };
  const cluster = await assignCluster(tx, id, profile, event.status, event.goldstein);
  await countActorRoles(tx, cluster.id, cluster.goldstein, written);
  if (loc) await countPlace(tx, cluster.id, loc);
}

/**
 * Puts an event into the best-matching cluster, or starts one; recounts the cluster's independent
 * sources. A new cluster takes the report's status and score (it is the representative); every
 * write keeps `sort_key` (start day, '' when undated) in step with the merged start day.
 */
async function assignCluster(tx: SqlExecutor, eventId: string, report: ClusterProfile, status: string, goldstein: number): Promise<{ id: string; goldstein: number }> {
  const params: SqlValue[] = [report.type, report.statusClass];
  let dateClause = '';
  if (report.dateStart && report.dateEnd) {
    dateClause = ' AND (date_start IS NULL OR (date_start <= ? AND date_end >= ?))';
    params.push(shiftDay(report.dateEnd, DATE_WINDOW_DAYS), shiftDay(report.dateStart, -DATE_WINDOW_DAYS));
  }
  const candidates = await tx.all(`SELECT * FROM clusters WHERE type = ? AND status_class = ?${dateClause}`, params);
  let best: { id: string; profile: ClusterProfile; score: number; goldstein: number } | undefined;
  for (const row of candidates) {
    const profile = rowProfile(row);
    const score = matchScore(profile, report);
    if (score !== null && (!best || score > best.score)) best = { id: row['id'] as string, profile, score, goldstein: Number(row['goldstein']) };
  }
  const clusterId = best?.id ?? eventId;
  const merged = best ? mergeProfile(best.profile, report) : report;
  await tx.run('UPDATE events SET cluster_id = ? WHERE id = ?', [clusterId, eventId]);
  const counts = await tx.all(
    `SELECT COUNT(DISTINCT COALESCE(d.duplicate_of, d.id)) AS sources, COUNT(*) AS reports
     FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id = ?`,
    [clusterId],
  );
  const sources = Number(counts[0]?.['sources'] ?? 1);
  const reports = Number(counts[0]?.['reports'] ?? 1);
  const values: SqlValue[] = [merged.dateStart, merged.dateEnd, merged.dateStart ?? '', merged.lat, merged.lon, merged.admin1, merged.country, JSON.stringify(merged.actorKeys), sources, reports];
  if (best) {
    await tx.run('UPDATE clusters SET date_start = ?, date_end = ?, sort_key = ?, lat = ?, lon = ?, admin1 = ?, country = ?, actor_keys = ?, sources = ?, reports = ? WHERE id = ?', [...values, clusterId]);
  } else {
    await tx.run(
      `INSERT INTO clusters (date_start, date_end, sort_key, lat, lon, admin1, country, actor_keys, sources, reports, id, type, status_class, status, goldstein)
       VALUES (${placeholders(15)})`,
      [...values, clusterId, report.type, report.statusClass, status, goldstein],
    );
  }
  return { id: clusterId, goldstein: best ? best.goldstein : goldstein };
}

function rowProfile(row: Record<string, unknown>): ClusterProfile {
  const str = (k: string): string | null => (typeof row[k] === 'string' ? (row[k] as string) : null);
  const num = (k: string): number | null => (row[k] === null || row[k] === undefined ? null : Number(row[k]));
  return {
    type: row['type'] as string,
    statusClass: row['status_class'] as string,
    dateStart: str('date_start'),
    dateEnd: str('date_end'),
    lat: num('lat'),
    lon: num('lon'),
    admin1: str('admin1'),
    country: str('country'),
    actorKeys: JSON.parse(str('actor_keys') ?? '[]') as string[],
  };
}
