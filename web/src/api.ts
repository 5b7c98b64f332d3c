/**
 * The UI's HTTP client: typed GETs and the analyze POST against the same origin's `/api/`, with
 * the API's `{"error": {"code", "message"}}` bodies turned into {@link ApiError}s the views show.
 */
import type { ActorSummary, AnalysisResult, DocumentDetail, EventItem, Page, PlaceSummary, StoreStats, StoredOutcome, TimelineBucket } from './api-types.js';

/** A failed request: the HTTP status and the API's error code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Query values: `undefined` and empty strings are left out. */
export type Query = URLSearchParams | Record<string, string | number | undefined>;

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = query instanceof URLSearchParams ? new URLSearchParams(query) : new URLSearchParams();
  if (!(query instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', `the server could not be reached (${(error as Error).message})`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(response.status, err?.code ?? 'http-error', err?.message ?? `${response.status} ${response.statusText}`);
  }
  return body as T;
}

/** GET a JSON endpoint (path under the origin, e.g. `/api/events`). */
export function getJson<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  return request<T>(path + queryString(query), signal ? { signal } : {});
}

/** The typed endpoints the shell's views use. */
export const api = {
  events: (query: Query, signal?: AbortSignal) => getJson<Page<EventItem> & { total: number; totalExact?: boolean }>('/api/events', query, signal),
  event: (id: string, signal?: AbortSignal) => getJson<EventItem>(`/api/events/${encodeURIComponent(id)}`, undefined, signal),
  document: (id: string, signal?: AbortSignal) => getJson<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`, undefined, signal),
  actors: (query: Query, signal?: AbortSignal) => getJson<Page<ActorSummary>>('/api/actors', query, signal),
  places: (query: Query, signal?: AbortSignal) => getJson<Page<PlaceSummary>>('/api/places', query, signal),
  timeline: (query: Query, signal?: AbortSignal) => getJson<{ interval: string; buckets: TimelineBucket[] }>('/api/timeline', query, signal),
  stats: (signal?: AbortSignal) => getJson<StoreStats>('/api/stats', undefined, signal),
  analyze: (body: { url?: string; html?: string; text?: string; date?: string; extract?: boolean; store?: boolean }, signal?: AbortSignal) =>
    request<{ result: AnalysisResult; stored?: StoredOutcome }>('/api/analyze', { method: 'POST', body: JSON.stringify(body), ...(signal ? { signal } : {}) }),
};

/** What `GET /api/events` offers beyond filters and pages, read from /openapi.json. */
export interface EventListCapabilities {
  /** Sort keys the server accepts (`sort=`); empty when it cannot sort. */
  sorts: Set<string>;
}

/** The parts of /openapi.json the UI reads. */
interface OpenApiDoc {
  paths?: Record<string, { get?: { parameters?: { name: string; in: string; description?: string }[] }; post?: { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } } }>;
}

let openApi: Promise<OpenApiDoc> | undefined;

/** /openapi.json, fetched once (an empty document when it cannot be read). */
function openApiDoc(): Promise<OpenApiDoc> {
  openApi ??= getJson<OpenApiDoc>('/openapi.json').catch(() => ({}));
  return openApi;
}

/**
 * The sort keys `GET /api/events` accepts, read once from `/openapi.json` (the parameter's
 * description lists them): the API refuses unknown parameters and values, so the table must not guess.
 */
export async function eventListCapabilities(): Promise<EventListCapabilities> {
  const doc = await openApiDoc();
  const sort = (doc.paths?.['/api/events']?.get?.parameters ?? []).find((p) => p.in === 'query' && p.name === 'sort');
  return { sorts: new Set(sort ? sortKeysOf(sort.description ?? '') : []) };
}

/** The fields `POST /api/analyze` accepts (e.g. whether it can extract an article from pasted text). */
export async function analyzeFields(): Promise<Set<string>> {
  const doc = await openApiDoc();
  return new Set(Object.keys(doc.paths?.['/api/analyze']?.post?.requestBody?.content?.['application/json']?.schema?.properties ?? {}));
}

/** The keys a `sort` parameter's description lists: "sort key (default date): date, type, dead; ties newest first" → date, type, dead. */
export function sortKeysOf(description: string): string[] {
  const list = /:\s*([a-z_]+(?:\s*,\s*[a-z_]+)*)/i.exec(description)?.[1];
  return list ? list.split(',').map((k) => k.trim()) : [];
}
