import type { CodedEvent } from '../core/index.js';
import type { PreparedBundle } from './prepare.js';

/** A document as the knowledge base stores it (the page's decoded source is kept gzip-compressed). */
export interface DocumentInput {
  /** Content hash of the decoded source page (hex). Re-ingesting the same bytes finds the same id. */
  id: string;
  /** Where the page came from (path, URL, WARC record URI). */
  uri: string;
  url: string | null;
  site: string | null;
  title: string | null;
  /** ISO date or date-time the page gives. */
  published: string | null;
  language: string | null;
  /** The clean article text: evidence `start`/`end` offsets index it. */
  text: string;
  /** The decoded source page: evidence `sourceStart`/`sourceEnd` offsets index it. */
  source: string;
}

/** Everything one analysed page adds to the knowledge base, written in one transaction. */
export interface IngestBundle {
  document: DocumentInput;
  events: readonly CodedEvent[];
}

/** What {@link Store.ingest} did with one page. */
export interface IngestOutcome {
  documentId: string;
  /** `duplicate`: the same content was stored before (nothing written); `near-duplicate`: stored and linked to `duplicateOf`. */
  status: 'new' | 'duplicate' | 'near-duplicate';
  /** Events stored for this page (0 for a duplicate). */
  events: number;
  /** The earlier document a near-duplicate (or duplicate) is linked to. */
  duplicateOf?: string;
}

/** A stored document's row (without text and source; see {@link Store.getDocument}). */
export interface DocumentRow {
  id: string;
  uri: string;
  url: string | null;
  site: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  /** Earlier document this one nearly duplicates (syndicated copy, updated version). */
  duplicateOf: string | null;
  /** Estimated Jaccard similarity of word shingles with `duplicateOf`. */
  similarity: number | null;
  ingestedAt: string;
}

/** A stored document with its text and decompressed source page. */
export interface StoredDocument extends DocumentRow {
  text: string;
  source: string;
}

/** One actor or recipient of a stored event. */
export interface EventActorRow {
  name: string;
  country: string | null;
  sector: string | null;
}

/** One piece of evidence: offsets in the document's text and in its source page. */
export interface EvidenceRow {
  documentId: string;
  text: string;
  start: number;
  end: number;
  sourceStart: number | null;
  sourceEnd: number | null;
  trigger: { text: string; start: number; end: number; sourceStart: number | null; sourceEnd: number | null };
}

/** A place an event happened at. */
export interface PlaceRow {
  name: string;
  country: string;
  admin1: string | null;
  lat: number;
  lon: number;
  precision: string;
}

/**
 * One event as queries return it: an event cluster (every report of the same real-world event
 * merged), with its representative coding, all its evidence and the number of independent sources.
 */
export interface EventRow {
  /** Cluster id. */
  id: string;
  type: string;
  mode: string | null;
  /** PLOVER contexts of the representative report. */
  context: string[];
  cameo: string;
  goldstein: number;
  status: string;
  /** Who said so, for a reported event. */
  claimedBy: string | null;
  actors: EventActorRow[];
  recipients: EventActorRow[];
  place: PlaceRow | null;
  /** First and last day (ISO) the reports give; equal for a one-day event; null when no report dates it. */
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string | null;
  dead: number | null;
  injured: number | null;
  size: number | null;
  /** Distinct documents reporting the event, near-duplicates counted once. */
  sources: number;
  /** Stored event reports merged into this cluster. */
  reports: number;
  documents: string[];
  evidence: EvidenceRow[];
}

/**
 * What an event list can be sorted by: `date` (start day; undated last when descending), `type`,
 * `dead`, `injured` (the largest figure any report gives; none last when descending), `sources`,
 * `goldstein`, `country` (of the place), `actor` (the representative report's first actor, by code point).
 */
export type EventSort = 'date' | 'type' | 'dead' | 'injured' | 'sources' | 'goldstein' | 'country' | 'actor';

/** Filters for {@link Store.events}; every given filter must hold. */
/** One page of events and how many match in all. */
export interface EventPage {
  /**
   * Events matching the filter, at most `ACTOR_TOTAL_CAP` (10,000) for a filter with `actor` (see
   * `totalExact`).
   */
  total: number;
  /**
   * False when `total` stopped at `ACTOR_TOTAL_CAP` (10,000): an `actor` substring can match hundreds
   * of actors, whose events overlap, and counting their union exactly means de-duplicating every
   * one of them (50,000 actor-event pairs for `army` in 100,000 events); more than the cap is
   * "10,000+". Every other filter's total is exact.
   */
  totalExact: boolean;
  items: EventRow[];
}

export interface EventFilter {
  /** Substring of an actor's or recipient's name, or an exact country/sector code (case-insensitive). */
  actor?: string;
  /** ISO alpha-3 (or PLOVER non-state code) of an actor, recipient or the place. */
  country?: string;
  /** Exact name of an actor or recipient (case-sensitive, as the API returns it): the actor page's filter, an index lookup. */
  actorName?: string;
  /** PLOVER type(s). */
  type?: string[];
  status?: string[];
  /** ISO date: events whose date range ends on or after it. */
  since?: string;
  /** ISO date: events whose date range starts on or before it. */
  until?: string;
  /** Events located within `km` of the point. */
  near?: { lat: number; lon: number; km: number };
  minSources?: number;
  /** Words that must all appear, as whole words (case-insensitive), in one of the event's evidence sentences (full-text index, see `full-text.ts`). */
  text?: string;
  /** Events reported (by at least one report) in this document. */
  document?: string;
  limit?: number;
  /** Clusters to skip before the first one returned (pagination, with `limit`). */
  offset?: number;
  /** Sort key of the list (default `date`); ties go newest first, then by id. */
  sort?: EventSort;
  /** `desc` (default) or `asc`, the exact reverse order. */
  order?: 'asc' | 'desc';
}

/** Event clusters of one period (day, or ISO week starting Monday) and type. */
export interface TimelineBucket {
  /** ISO day: the day, or the Monday of the week. */
  period: string;
  type: string;
  events: number;
  cooperation: number;
  conflict: number;
  /** Mean Goldstein score of the bucket's clusters. */
  goldstein: number;
}

/** One actor → recipient pair of the event network. */
export interface NetworkEdge {
  source: { name: string; country: string | null };
  target: { name: string; country: string | null };
  events: number;
  cooperation: number;
  conflict: number;
  goldstein: number;
}

/** A place on the map of the events matching a filter: its clusters by type, their dead and sources. */
export interface MapPlace extends PlaceRow {
  /** Matching clusters located here (the representative report's place). */
  events: number;
  /** Sum over those clusters of each one's dead (the largest figure its reports give). */
  dead: number;
  /** Sum over those clusters of their independent sources. */
  sources: number;
  /** Matching clusters by PLOVER type (types without any left out). */
  types: Record<string, number>;
}

/** A place with the number of event clusters located there. */
export interface PlaceSummary extends PlaceRow {
  events: number;
}

/** One actor with its event counts and cooperation/conflict balance (Goldstein sign). */
export interface ActorSummary {
  name: string;
  country: string | null;
  sector: string | null;
  /** Event clusters the actor takes part in (as actor or recipient). */
  events: number;
  asActor: number;
  asRecipient: number;
  /** Clusters with a positive / negative Goldstein score. */
  cooperation: number;
  conflict: number;
  /** Mean Goldstein score over its clusters (−10 conflict … +10 cooperation). */
  goldstein: number;
}

/** Whole-store counts, as `sitrep stats` prints them. */
export interface StoreStats {
  documents: number;
  nearDuplicates: number;
  /** Event clusters (reports of the same event merged). */
  events: number;
  /** Stored event reports before merging. */
  reports: number;
  actors: number;
  places: number;
  /** Inputs that failed (see `recordFailure`). */
  errors: number;
  eventsByType: Record<string, number>;
  eventsByStatus: Record<string, number>;
  topActors: { name: string; country: string | null; events: number }[];
  topPlaces: { name: string; country: string; events: number }[];
}

/** A failed input, recorded so `stats` can count it and a re-run can retry it. */
export interface FailureInput {
  input: string;
  code: string;
  message: string;
}

/**
 * The knowledge base: documents, actors, places, events, evidence and event clusters, in SQLite
 * (embedded default) or PostgreSQL. Every method is safe to call concurrently from one process;
 * each `ingest` is one transaction.
 */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /** Applied migration versions, ascending. */
  migrations(): Promise<number[]>;
  hasDocument(id: string): Promise<boolean>;
  /** Stores a page and its events in one transaction; near-duplicate linking and event clustering included. */
  ingest(bundle: IngestBundle): Promise<IngestOutcome>;
  /**
   * Stores pages already turned into rows (`prepareBundle`, e.g. in an ingest worker) in ONE
   * transaction, in order; the outcomes are in the same order. The same as `ingest` for each page,
   * with one commit for the lot: the batch is written whole or not at all.
   */
  ingestPrepared(pages: readonly PreparedBundle[]): Promise<IngestOutcome[]>;
  getDocument(id: string): Promise<StoredDocument | undefined>;
  documents(): Promise<DocumentRow[]>;
  events(filter?: EventFilter): Promise<EventRow[]>;
  /**
   * One page of {@link Store.events} with {@link Store.countEvents}'s total, planned together. The
   * total of a filter with `actor` is counted up to {@link EventPage.totalExact}'s cap.
   */
  eventPage(filter: EventFilter): Promise<EventPage>;
  /** Clusters matching the filter, ignoring `limit` and `offset` (pagination totals). */
  countEvents(filter?: EventFilter): Promise<number>;
  /** One event cluster with all its evidence. */
  event(id: string): Promise<EventRow | undefined>;
  /** Counts per day or week and type, with the cooperation/conflict balance. */
  timeline(filter: EventFilter, interval: 'day' | 'week'): Promise<TimelineBucket[]>;
  /** Actor → recipient pairs with counts and balance, at most `limit`. */
  network(filter: EventFilter, limit: number): Promise<NetworkEdge[]>;
  /** Places with event counts, at most `limit`. */
  places(limit: number): Promise<PlaceSummary[]>;
  /** The places of the clusters matching the filter, with counts by type, dead and sources; the busiest `limit`. */
  map(filter: EventFilter, limit: number): Promise<{ places: MapPlace[]; located: number; totalPlaces: number }>;
  actors(): Promise<ActorSummary[]>;
  stats(): Promise<StoreStats>;
  recordFailure(failure: FailureInput): Promise<void>;
  close(): Promise<void>;
}
