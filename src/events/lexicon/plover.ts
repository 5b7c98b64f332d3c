/**
 * The PLOVER codebook as data: event types, their modes, contexts, sector codes and country-field
 * codes. Everything else in the lexicon is validated against this.
 */
import ploverData from './data/plover.json' with { type: 'json' };
import { ploverFileSchema } from './schema.js';
import type { z } from 'zod';

/** The parsed plover.json. */
export type PloverCodebook = z.infer<typeof ploverFileSchema>;

/** The 16 PLOVER event types, in codebook order. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

/** A PLOVER event type. */
export type PloverType = (typeof PLOVER_TYPES)[number];

let cached: PloverCodebook | undefined;

/** The codebook, parsed (and checked against PLOVER_TYPES) at first use. */
export function ploverCodebook(): PloverCodebook {
  if (cached) return cached;
  const book = ploverFileSchema.parse(ploverData);
  const listed = book.types.map((t) => t.type).join(',');
  if (listed !== PLOVER_TYPES.join(',')) throw new Error(`plover.json types ${listed} differ from PLOVER_TYPES`);
  cached = book;
  return book;
}

/** True when `type` is one of the 16 PLOVER event types. */
export function isPloverType(type: string): type is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(type);
}

/** The modes the codebook defines for an event type (empty for types without modes). */
export function modesFor(type: string): readonly string[] {
  return ploverCodebook().types.find((t) => t.type === type)?.modes.map((m) => m.mode) ?? [];
}

/** True when `context` is one of the codebook's general contexts. */
export function isPloverContext(context: string): boolean {
  return ploverCodebook().contexts.some((c) => c.context === context);
}

/** True when `code` is a PLOVER sector code. */
export function isSectorCode(code: string): boolean {
  return ploverCodebook().sectors.some((s) => s.code === code);
}

/**
 * The event type and CAMEO code a future/promised (`when` = `future`, manual: AGREE/CONCEDE/THREATEN),
 * intended (`intended`: an expressed intent to yield is AGREE), refused (`refused`: REJECT) or
 * conditioned (`conditional`: an ultimatum is THREATEN) event of `type` is coded as.
 */
export function futureShift(type: string, when: 'future' | 'intended' | 'refused' | 'conditional' | 'preparation' = 'future'): { type: PloverType; cameo: string } | undefined {
  const rule = ploverCodebook().futureShift.rules.find((r) => r.from === type && r.when === when);
  return rule && isPloverType(rule.to) ? { type: rule.to, cameo: rule.cameo } : undefined;
}
