/**
 * The JSON shapes the API returns, as the UI reads them. They mirror `src/store/types.ts` and the
 * analysis result (`src/core/model.ts`); the web build cannot import those (they pull in Node code),
 * so keep these in step when the API changes.
 */

/** An actor or recipient of an event. */
export interface ActorRef {
  name: string;
  country: string | null;
  sector: string | null;
}

/** A span of text with offsets into the document's clean text (and, where known, its source page). */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
  sourceStart?: number | null;
  sourceEnd?: number | null;
}

/**
 * One evidence sentence. The store keeps the sentence and the trigger; `actor`, `recipient`,
 * `place` and `date` spans are optional because only the analysis (and a store that keeps them) has them.
 */
export interface Evidence extends TextSpan {
  documentId: string;
  /** Evidence from the headline or standfirst: its offsets index that field's value, not the body text. */
  field?: 'title' | 'standfirst';
  trigger: TextSpan;
  actor?: TextSpan;
  recipient?: TextSpan;
  place?: TextSpan;
  date?: TextSpan;
}

/** Where an event happened. */
export interface Place {
  name: string;
  country: string;
  admin1: string | null;
  lat: number;
  lon: number;
  precision: string;
}

/** One event cluster (every report of the same real-world event merged). */
export interface EventItem {
  id: string;
  type: string;
  mode: string | null;
  context: string[];
  cameo: string;
  goldstein: number;
  status: string;
  claimedBy: string | null;
  actors: ActorRef[];
  recipients: ActorRef[];
  place: Place | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string | null;
  dead: number | null;
  injured: number | null;
  size: number | null;
  sources: number;
  reports: number;
  documents: string[];
  evidence: Evidence[];
}

/** A page of a list endpoint. */
export interface Page<T> {
  total?: number;
  limit: number;
  offset: number;
  items: T[];
}

/** A stored document with its text and each event's evidence in it. */
export interface DocumentDetail {
  id: string;
  uri: string;
  url: string | null;
  site: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  duplicateOf: string | null;
  text: string;
  events: {
    id: string;
    type: string;
    status: string;
    goldstein: number;
    dateStart: string | null;
    actors: ActorRef[];
    recipients: ActorRef[];
    place: Place | null;
    evidence: Evidence[];
  }[];
}

/** An actor with its counts and cooperation/conflict balance. */
export interface ActorSummary extends ActorRef {
  events: number;
  asActor: number;
  asRecipient: number;
  cooperation: number;
  conflict: number;
  goldstein: number;
}

/** A place with its number of events. */
export interface PlaceSummary extends Place {
  events: number;
}

/** One timeline bucket (a day or a week, one type). */
export interface TimelineBucket {
  period: string;
  type: string;
  events: number;
  cooperation: number;
  conflict: number;
  goldstein: number;
}

/** Whole-store counts. */
export interface StoreStats {
  documents: number;
  events: number;
  reports: number;
  actors: number;
  places: number;
  eventsByType: Record<string, number>;
  eventsByStatus: Record<string, number>;
}

/** A coded event in an analysis result (its evidence carries every role's span). */
export interface AnalyzedEvent {
  id: string;
  type: string;
  mode?: string;
  cameo: string;
  goldstein: number;
  status: string;
  claimedBy?: string;
  actors: { text: string; name: string; country?: string; sector?: string }[];
  recipients: { text: string; name: string; country?: string; sector?: string }[];
  location?: { text: string; name: string; lat: number; lon: number; country: string; precision: string };
  date?: string | { start: string; end: string };
  dead?: { value: number; text: string };
  injured?: { value: number; text: string };
  evidence: Evidence[];
}

/** What `POST /api/analyze` returns in `result` (the parts the UI shows; see `src/analysis.ts`). */
export interface AnalysisResult {
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  url: string | null;
  text: string;
  paragraphs: { text: string; kind: string; level?: number; start: number; end: number }[];
  entities: { text: string; type: string; start: number; end: number; canonical: string; kind: string }[];
  quotes: { text: string; start: number; end: number; kind: string; speaker?: { text: string; start: number; end: number } }[];
  actors: { id: string; name: string; country?: string; sector?: string; mentions: { start: number; end: number; text: string }[] }[];
  events: AnalyzedEvent[];
  warnings: string[];
}

/** What `POST /api/analyze` with `store: true` did. */
export interface StoredOutcome {
  documentId: string;
  status: 'new' | 'duplicate' | 'near-duplicate';
  events: number;
}
