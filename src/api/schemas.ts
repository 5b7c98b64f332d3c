import { z } from 'zod';
import { isIsoDate } from '../ingest/index.js';
import { EVENT_SORTS } from '../store/index.js';
import type { EventFilter, EventSort } from '../store/index.js';

/** Largest page a list endpoint returns; bigger `limit`s are refused, not clipped, so clients notice. */
export const MAX_PAGE_SIZE = 200;
/** Page size when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 50;

const isoDate = z.string().refine(isIsoDate, { message: 'must be a date, YYYY-MM-DD (e.g. 2016-05-03)' });
const list = z
  .string()
  .min(1)
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
const wholeNumber = (min: number, max?: number): z.ZodType<number, string> =>
  z
    .string()
    .regex(/^\d+$/, { message: 'must be a whole number' })
    .transform(Number)
    .refine((n) => n >= min && (max === undefined || n <= max), { message: max === undefined ? `must be at least ${min}` : `must be from ${min} to ${max}` });

/** `lat,lon,km`, the same syntax and bounds as the CLI's `--near`. */
const near = z.string().transform((value, ctx) => {
  const parts = value.split(',').map((p) => Number(p.trim()));
  const [lat, lon, km] = parts;
  if (parts.length !== 3 || lat === undefined || lon === undefined || km === undefined || parts.some((p) => !Number.isFinite(p)) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || km <= 0) {
    ctx.addIssue({ code: 'custom', message: 'must be LAT,LON,KM with |LAT| ≤ 90, |LON| ≤ 180 and KM > 0, e.g. 36.2,37.16,50' });
    return z.NEVER;
  }
  return { lat, lon, km };
});

/** Event filters shared by the event list, the timeline and the network: the CLI's `events` options. */
const filterFields = {
  actor: z.string().min(1).optional().describe("actor or recipient name contains this, or its country/sector code is it"),
  actorName: z.string().min(1).max(300).optional().describe('exact name of an actor or recipient (case-sensitive, as the API returns it, e.g. "Syrian army"): the actor page\'s filter, an index lookup'),
  country: z.string().min(2).optional().describe('ISO alpha-3 of an actor, recipient or the place'),
  type: list.optional().describe('PLOVER types, comma-separated'),
  status: list.optional().describe('event statuses, comma-separated'),
  since: isoDate.optional().describe('events on or after this day'),
  until: isoDate.optional().describe('events on or before this day'),
  near: near.optional().describe('LAT,LON,KM: events within KM kilometres of the point'),
  minSources: wholeNumber(1).optional().describe('events reported by at least N independent documents'),
  q: z.string().min(1).max(200).optional().describe('words that all appear, as whole words (case-insensitive, any order), in one evidence sentence'),
};

const pageFields = {
  limit: wholeNumber(1, MAX_PAGE_SIZE).optional().describe(`page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`),
  offset: wholeNumber(0).optional().describe('items to skip'),
};

const sortFields = {
  sort: z
    .enum(EVENT_SORTS as [EventSort, ...EventSort[]])
    .optional()
    .describe(`sort key (default date): ${EVENT_SORTS.join(', ')}; ties newest first`),
  order: z.enum(['asc', 'desc']).optional().describe('desc (default: biggest, newest first; missing values last) or asc, its exact reverse'),
};

/** Longest `since`..`until` range (days, both ends included) whose timeline comes in days when the client names no interval. */
export const AUTO_DAY_SPAN = 366;

/**
 * The timeline's interval when the query names none: days for a bounded range up to
 * {@link AUTO_DAY_SPAN} days, weeks otherwise. An open or multi-year range in days is thousands of
 * day × type buckets (three years: ~17,000, 1.6 MB) that no chart draws at that size.
 */
export function autoInterval(since: string | undefined, until: string | undefined): 'day' | 'week' {
  if (since === undefined || until === undefined) return 'week';
  const days = (Date.parse(`${until.slice(0, 10)}T00:00:00Z`) - Date.parse(`${since.slice(0, 10)}T00:00:00Z`)) / 86_400_000 + 1;
  return days <= AUTO_DAY_SPAN ? 'day' : 'week';
}

/** `GET /api/events` query. Unknown parameters are refused (a typo must not silently widen a filter). */
export const eventsQuery = z.strictObject({ ...filterFields, ...pageFields, ...sortFields });
/** `GET /api/timeline` query. */
export const timelineQuery = z.strictObject({
  ...filterFields,
  interval: z
    .enum(['day', 'week'])
    .optional()
    .describe(`bucket size; when not given, day for a range with both since and until at most ${AUTO_DAY_SPAN} days long, else week (the answer's interval says which)`),
});
/** `GET /api/network` query. */
export const networkQuery = z.strictObject({ ...filterFields, limit: wholeNumber(1, 1000).optional().describe('most pairs returned, 1 to 1000 (default 200)') });
/** Most places `GET /api/map` returns (the busiest); its default. */
export const MAX_MAP_PLACES = 5000;
/** `GET /api/map` query: the event filters and how many places at most. */
export const mapQuery = z.strictObject({ ...filterFields, limit: wholeNumber(1, MAX_MAP_PLACES).optional().describe(`most places returned (the busiest), 1 to ${MAX_MAP_PLACES} (default ${MAX_MAP_PLACES})`) });
/** Query of the plain list endpoints (actors, places, documents). */
export const pageQuery = z.strictObject(pageFields);
/** `GET /api/documents` query. */
export const documentsQuery = z.strictObject({ ...pageFields, q: z.string().min(1).max(200).optional().describe('substring of the title or URL') });
/** Endpoints that take no query parameters. */
export const emptyQuery = z.strictObject({});

/** `POST /api/analyze` body: exactly one of `url`, `html`, `text`. */
export const analyzeBody = z
  .strictObject({
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    html: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    date: isoDate.optional().describe('publication date to anchor relative dates when the page states none'),
    pageUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional().describe('the page URL of an html/text input'),
    store: z.boolean().optional().describe('also add the page and its events to the knowledge base'),
    extract: z
      .boolean()
      .optional()
      .describe('text input: find the article in the text (drop site clutter, take the headline), as `sitrep analyze` does; false keeps every paragraph as the article (default true)'),
  })
  .refine((b) => [b.url, b.html, b.text].filter((v) => v !== undefined).length === 1, { message: 'give exactly one of url, html or text' });

/** Parsed filter fields to the store's {@link EventFilter}. */
export function toEventFilter(q: Partial<Record<keyof typeof filterFields, unknown>> & { limit?: number; offset?: number; sort?: EventSort | undefined; order?: 'asc' | 'desc' | undefined }): EventFilter {
  const f: EventFilter = {};
  if (typeof q.actor === 'string') f.actor = q.actor;
  if (typeof q.actorName === 'string') f.actorName = q.actorName;
  if (typeof q.country === 'string') f.country = q.country;
  if (Array.isArray(q.type)) f.type = q.type.map(String);
  if (Array.isArray(q.status)) f.status = q.status.map(String);
  if (typeof q.since === 'string') f.since = q.since;
  if (typeof q.until === 'string') f.until = q.until;
  if (q.near && typeof q.near === 'object') f.near = q.near as { lat: number; lon: number; km: number };
  if (typeof q.minSources === 'number') f.minSources = q.minSources;
  if (typeof q.q === 'string') f.text = q.q;
  if (q.limit !== undefined) f.limit = q.limit;
  if (q.offset !== undefined) f.offset = q.offset;
  if (q.sort !== undefined) f.sort = q.sort;
  if (q.order !== undefined) f.order = q.order;
  return f;
}
