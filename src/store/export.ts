import type { DocumentRow, EventActorRow, EventRow } from './types.js';

/** PLOVER quad category of a type (`verbal-cooperation`…), supplied by the caller from the codebook. */
export type QuadOf = (type: string) => string | null;

/** GDELT's QuadClass numbers for PLOVER's quad categories. */
const QUAD_CLASS: Record<string, number> = { 'verbal-cooperation': 1, 'material-cooperation': 2, 'verbal-conflict': 3, 'material-conflict': 4 };

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (CRLF-free; newlines inside fields are quoted). */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',');
}

/**
 * CSV columns: GDELT's names where the field means the same (CAMEO `EventCode`, `GoldsteinScale`,
 * `QuadClass`, `NumSources`, `ActionGeo_*`), then the PLOVER and evidence fields GDELT lacks.
 */
export const CSV_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code',
  'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumSources', 'NumArticles',
  'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_Lat', 'ActionGeo_Long',
  'PloverType', 'PloverMode', 'PloverContext', 'Status', 'DateStart', 'DateEnd', 'Dead', 'Injured', 'Size', 'SourceURLs', 'Evidence',
] as const;

const first = (list: EventActorRow[]): EventActorRow | undefined => list[0];

/** A document's URL, else its URI, for citing sources. */
function citation(docs: ReadonlyMap<string, DocumentRow>, id: string): string {
  const d = docs.get(id);
  return d?.url ?? d?.uri ?? id;
}

/**
 * The CSV row of an event cluster, in {@link CSV_COLUMNS} order; `dyad` names the Actor1/Actor2 pair
 * (by default the first actor and first recipient).
 */
export function csvRow(e: EventRow, quad: QuadOf, docs: ReadonlyMap<string, DocumentRow> = new Map(), dyad: [EventActorRow | undefined, EventActorRow | undefined] = [first(e.actors), first(e.recipients)]): unknown[] {
  const [a1, a2] = dyad;
  const q = quad(e.type);
  return [
    e.id, e.dateStart?.replace(/-/g, '') ?? '', a1?.name, a1?.country, a1?.sector, a2?.name, a2?.country, a2?.sector,
    e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), q === null ? '' : QUAD_CLASS[q], e.goldstein, e.sources, e.reports,
    e.place?.name, e.place?.country, e.place?.admin1, e.place?.lat, e.place?.lon,
    e.type, e.mode, e.context.join(';'), e.status, e.dateStart, e.dateEnd, e.dead, e.injured, e.size,
    e.documents.map((d) => citation(docs, d)).join(' '), e.evidence[0]?.text,
  ];
}

/**
 * An event's Actor1/Actor2 pairs: a joint event (several actors, no recipient — PLOVER's "X and Y
 * met") is every ordered pair of its actors, as CAMEO/GDELT code a joint action; any other event is one
 * row (first actor, first recipient).
 */
function dyads(e: EventRow): [EventActorRow | undefined, EventActorRow | undefined][] {
  if (e.actors.length > 1 && e.recipients.length === 0) return e.actors.flatMap((a, i) => e.actors.filter((_, j) => j !== i).map((b): [EventActorRow, EventActorRow] => [a, b]));
  return [[first(e.actors), first(e.recipients)]];
}

/** The whole CSV export: a header line and one line per event cluster (per ordered dyad of a joint event, same GLOBALEVENTID). */
export function eventsCsv(events: readonly EventRow[], quad: QuadOf, docs: ReadonlyMap<string, DocumentRow> = new Map()): string {
  return [csvLine(CSV_COLUMNS), ...events.flatMap((e) => dyads(e).map((d) => csvLine(csvRow(e, quad, docs, d))))].join('\n') + '\n';
}

/** A GeoJSON FeatureCollection of the located events (RFC 7946: coordinates are [lon, lat]). */
export function eventsGeoJson(events: readonly EventRow[]): { type: 'FeatureCollection'; features: unknown[] } {
  return {
    type: 'FeatureCollection',
    features: events
      .filter((e) => e.place !== null)
      .map((e) => ({
        type: 'Feature',
        id: e.id,
        geometry: { type: 'Point', coordinates: [e.place?.lon, e.place?.lat] },
        properties: {
          type: e.type,
          mode: e.mode,
          status: e.status,
          cameo: e.cameo,
          goldstein: e.goldstein,
          dateStart: e.dateStart,
          dateEnd: e.dateEnd,
          place: e.place?.name,
          country: e.place?.country,
          actors: e.actors.map((a) => a.name),
          recipients: e.recipients.map((a) => a.name),
          dead: e.dead,
          injured: e.injured,
          sources: e.sources,
          evidence: e.evidence[0]?.text ?? null,
        },
      })),
  };
}

/**
 * An event in the PLOVER/POLECAT record layout (the POLECAT release's columns in snake_case:
 * `event_id`, `event_date`, `event_type`, `event_mode`, `event_intensity`, `quad_code`,
 * `contexts`, actor/recipient name-country-sector, place fields, story ids), plus the evidence.
 */
export function eventPlover(e: EventRow, quad: QuadOf, docs: ReadonlyMap<string, DocumentRow> = new Map()): Record<string, unknown> {
  const a1 = first(e.actors);
  const a2 = first(e.recipients);
  const story = docs.get(e.documents[0] ?? '');
  return {
    event_id: e.id,
    event_date: e.dateStart,
    event_date_end: e.dateEnd,
    event_date_precision: e.datePrecision,
    event_type: e.type,
    event_mode: e.mode ?? '',
    event_intensity: e.goldstein,
    quad_code: quad(e.type) ?? '',
    contexts: e.context,
    event_status: e.status,
    actor_name: a1?.name ?? '',
    actor_country: a1?.country ?? '',
    primary_actor_sector: a1?.sector ?? '',
    actor_sectors: [...new Set(e.actors.map((a) => a.sector).filter((s): s is string => s !== null))],
    recipient_name: a2?.name ?? '',
    recipient_country: a2?.country ?? '',
    primary_recipient_sector: a2?.sector ?? '',
    recipient_sectors: [...new Set(e.recipients.map((a) => a.sector).filter((s): s is string => s !== null))],
    placename: e.place?.name ?? '',
    state: e.place?.admin1 ?? '',
    country: e.place?.country ?? '',
    latitude: e.place?.lat ?? null,
    longitude: e.place?.lon ?? null,
    feature_type: e.place?.precision ?? '',
    dead: e.dead,
    injured: e.injured,
    size: e.size,
    language: story?.language ?? '',
    publication_date: story?.published ?? '',
    story_ids: e.documents,
    source: e.documents.map((d) => citation(docs, d)),
    headline: story?.title ?? '',
    num_sources: e.sources,
    cameo: e.cameo,
    evidence: e.evidence.map((v) => ({ document_id: v.documentId, text: v.text, start: v.start, end: v.end, source_start: v.sourceStart, source_end: v.sourceEnd })),
  };
}
