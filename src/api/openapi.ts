import { z } from 'zod';
import { ACTOR_TOTAL_CAP } from '../store/index.js';
import { analyzeBody, documentsQuery, emptyQuery, eventsQuery, mapQuery, networkQuery, pageQuery, timelineQuery } from './schemas.js';

/** One documented operation. */
interface Operation {
  method: 'get' | 'post';
  path: string;
  summary: string;
  query?: z.ZodObject;
  pathParams?: string[];
  body?: z.ZodType;
  write?: boolean;
  /** JSON Schema of the 200 answer, where one is documented (otherwise "an object"). */
  response?: Record<string, unknown>;
}

/** `GET /api/events`'s answer: one page and the total, which stops at 10,000 for an `actor` filter. */
const EVENT_PAGE_SCHEMA: Record<string, unknown> = {
  type: 'object',
  required: ['total', 'totalExact', 'limit', 'offset', 'sort', 'order', 'items'],
  properties: {
    total: {
      type: 'integer',
      description: `events matching the filters, counted up to ${ACTOR_TOTAL_CAP} when the filters include \`actor\` (see totalExact); exact otherwise`,
    },
    totalExact: {
      type: 'boolean',
      description: `false when total stopped at ${ACTOR_TOTAL_CAP}: an \`actor\` substring matching more events than that (read it as "${ACTOR_TOTAL_CAP}+"); the pages past it are still served`,
    },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    sort: { type: 'string' },
    order: { type: 'string', enum: ['asc', 'desc'] },
    items: { type: 'array', items: { type: 'object' }, description: 'the page of events, each with its actors, place, dates, sources and evidence' },
  },
};

/** Every route the API serves: the OpenAPI document and its test both read this list. */
export const OPERATIONS: readonly Operation[] = [
  {
    method: 'get',
    path: '/api/events',
    summary: `Events (clusters of merged reports), filtered, sorted (newest first by default) and paginated, with the total of all matches (up to ${ACTOR_TOTAL_CAP} with \`actor\`: see totalExact)`,
    query: eventsQuery,
    response: EVENT_PAGE_SCHEMA,
  },
  { method: 'get', path: '/api/events/{id}', summary: 'One event with all its evidence', pathParams: ['id'] },
  { method: 'get', path: '/api/actors', summary: 'Actors with event counts and cooperation/conflict balance', query: pageQuery },
  { method: 'get', path: '/api/places', summary: 'Places with event counts', query: pageQuery },
  { method: 'get', path: '/api/documents', summary: 'Stored documents, newest first', query: documentsQuery },
  { method: 'get', path: '/api/documents/{id}', summary: 'One document with its text, source page and evidence spans', pathParams: ['id'] },
  { method: 'get', path: '/api/timeline', summary: 'Event counts per day or week and type, with the cooperation/conflict balance', query: timelineQuery },
  { method: 'get', path: '/api/network', summary: 'Actor → recipient pairs with counts and balance', query: networkQuery },
  { method: 'get', path: '/api/map', summary: 'Places of the events matching the filters, with counts by type, dead and sources (busiest first, at most 5,000)', query: mapQuery },
  { method: 'get', path: '/api/stats', summary: 'Whole-store counts', query: emptyQuery },
  { method: 'post', path: '/api/analyze', summary: 'Analyse a URL, HTML or text; optionally store it', body: analyzeBody, write: true },
];

const jsonSchema = (schema: z.ZodType): Record<string, unknown> => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

const errorResponse = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

/** The OpenAPI 3.1 description of the API, built from the same zod schemas that validate requests. */
export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const parameters: Record<string, unknown>[] = (op.pathParams ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    if (op.query) {
      const props = (jsonSchema(op.query)['properties'] ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, schema] of Object.entries(props)) {
        parameters.push({ name, in: 'query', required: false, schema: { type: 'string' }, ...(typeof schema['description'] === 'string' ? { description: schema['description'] } : {}) });
      }
    }
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        summary: op.summary,
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body) } } } } : {}),
        ...(op.write ? { security: [{ bearer: [] }, {}] } : {}),
        responses: {
          '200': { description: 'OK', content: { 'application/json': { schema: op.response ?? { type: 'object' } } } },
          '400': errorResponse,
          ...(op.pathParams ? { '404': errorResponse } : {}),
          ...(op.body ? { '401': errorResponse, '403': errorResponse, '413': errorResponse, '422': errorResponse } : {}),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep API', version, description: 'Sourced, structured event data from news pages. Errors are {"error": {"code", "message"}}.' },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required for writes when the server listens beyond loopback' } },
      schemas: { Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } } },
    },
  };
}
