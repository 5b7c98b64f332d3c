import { gzipSync } from 'node:zlib';
import type { ActorCode, CodedEvent } from '../core/index.js';
import type { ClusterProfile } from './cluster-match.js';
import { actorKeys, dayRange, statusClass } from './cluster-match.js';
import { bandKeys, minhashOf, shingles } from './minhash.js';
import type { SqlValue } from './sql.js';
import type { IngestBundle } from './types.js';

/**
 * zlib level for stored source pages. Level 1 compresses news HTML only a few percent worse than
 * the default (6) at a third of the CPU, and the compression runs once per ingested page.
 */
const SOURCE_GZIP_LEVEL = 1;

/** An actor role of a prepared event: the `actors` row and its place in the event. */
export interface PreparedActor {
  role: 'actor' | 'recipient';
  ord: number;
  /** Stable actor id (name, country, sector). */
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
}

/** One event of a {@link PreparedBundle}: its rows, and the profile its cluster is chosen by. */
export interface PreparedEvent {
  /** `<document id>:<event id>`. */
  id: string;
  /** The `places` row (`id, name, country, admin1, lat, lon, place_precision`), or null when unlocated. */
  place: SqlValue[] | null;
  /** The place's name and country (its per-name cluster count), or null. */
  placeName: { name: string; country: string } | null;
  /** The `events` row in {@link EVENT_COLUMNS} order (everything but `cluster_id`). */
  row: SqlValue[];
  actors: PreparedActor[];
  /** `evidence` rows in {@link EVIDENCE_COLUMNS} order. */
  evidence: SqlValue[][];
  profile: ClusterProfile;
  status: string;
  goldstein: number;
}

/**
 * A page turned into the store's rows by {@link prepareBundle}: everything that needs no database
 * (content hash, compressed source, MinHash signature and bands, event rows, cluster profiles).
 * It is plain data (strings, numbers, arrays, typed arrays), so an ingest worker can build it and
 * post it to the writer thread, which then only runs the statements.
 */
export interface PreparedBundle {
  document: {
    id: string;
    uri: string;
    url: string | null;
    site: string | null;
    title: string | null;
    published: string | null;
    language: string | null;
    text: string;
    /** The decoded source page, gzip-compressed. */
    sourceGz: Uint8Array;
  };
  signature: Uint32Array;
  /** Number of distinct word shingles of the text. */
  shingleCount: number;
  bands: string[];
  events: PreparedEvent[];
}

/** Columns of {@link PreparedEvent.row}, in order. */
export const EVENT_COLUMNS = [
  'id', 'document_id', 'local_id', 'type', 'mode', 'cameo', 'goldstein', 'status', 'place_id',
  'date_start', 'date_end', 'date_precision', 'dead', 'injured', 'crowd_size', 'coded',
] as const;

/** Columns of an evidence row of {@link PreparedEvent.evidence}, in order. */
export const EVIDENCE_COLUMNS = [
  'event_id', 'ord', 'document_id', 'sentence', 'text', 'text_start', 'text_end', 'source_start', 'source_end',
  'trigger_text', 'trigger_start', 'trigger_end', 'trigger_source_start', 'trigger_source_end',
] as const;

/** Stable id of an actor: name, country and sector (the same actor from any page shares the row). */
function actorId(a: ActorCode): string {
  return [a.name, a.country ?? '', a.sector ?? ''].join('|');
}

/**
 * Builds a page's rows without touching a database: compresses the source, computes the MinHash
 * signature of the text, and lays out every event's rows and cluster profile. Deterministic: the
 * same bundle always gives the same rows.
 */
export function prepareBundle(bundle: IngestBundle): PreparedBundle {
  const doc = bundle.document;
  const set = shingles(doc.text);
  const signature = minhashOf(set);
  const published = doc.published ? doc.published.slice(0, 10) : null;
  return {
    document: {
      id: doc.id,
      uri: doc.uri,
      url: doc.url,
      site: doc.site,
      title: doc.title,
      published: doc.published,
      language: doc.language,
      text: doc.text,
      sourceGz: gzipSync(Buffer.from(doc.source, 'utf8'), { level: SOURCE_GZIP_LEVEL }),
    },
    signature,
    shingleCount: set.size,
    bands: bandKeys(signature),
    events: bundle.events.map((event) => prepareEvent(doc.id, event, published)),
  };
}

function prepareEvent(documentId: string, event: CodedEvent, published: string | null): PreparedEvent {
  const id = `${documentId}:${event.id}`;
  const [dateStart, dateEnd] = dayRange(event.date, published);
  const loc = event.location;
  const placeId = loc ? `${loc.name}|${loc.country}|${loc.lat.toFixed(3)},${loc.lon.toFixed(3)}` : null;
  const actors: PreparedActor[] = [];
  const roles: ['actor' | 'recipient', readonly ActorCode[]][] = [['actor', event.actors], ['recipient', event.recipients]];
  for (const [role, list] of roles) {
    for (const [ord, a] of list.entries()) actors.push({ role, ord, id: actorId(a), name: a.name, country: a.country ?? null, sector: a.sector ?? null });
  }
  return {
    id,
    place: loc && placeId ? [placeId, loc.name, loc.country, loc.admin1 ?? null, loc.lat, loc.lon, loc.precision] : null,
    placeName: loc ? { name: loc.name, country: loc.country } : null,
    row: [
      id, documentId, event.id, event.type, event.mode ?? null, event.cameo, event.goldstein, event.status, placeId,
      dateStart, dateEnd, event.datePrecision ?? null, event.dead?.value ?? null, event.injured?.value ?? null, event.size?.value ?? null,
      JSON.stringify(event),
    ],
    actors,
    evidence: event.evidence.map((ev, ord) => [
      id, ord, documentId, ev.sentence, ev.text, ev.start, ev.end, ev.sourceStart ?? null, ev.sourceEnd ?? null,
      ev.trigger.text, ev.trigger.start, ev.trigger.end, ev.trigger.sourceStart ?? null, ev.trigger.sourceEnd ?? null,
    ]),
    profile: {
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
    },
    status: event.status,
    goldstein: event.goldstein,
  };
}
