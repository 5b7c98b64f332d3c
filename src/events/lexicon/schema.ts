/**
 * zod schemas for the lexicon's JSON files. Every file is parsed through these at first use, so a
 * malformed edit fails loudly instead of silently dropping entries.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');

/** plover.json: the codebook facts we code against. */
export const ploverFileSchema = z.object({
  source: z.string(),
  types: z.array(
    z.object({
      type: z.string(),
      quad: z.enum(['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict']),
      requiresRecipient: z.boolean(),
      score: z.number(),
      definition: z.string(),
      modes: z.array(z.object({ mode: z.string(), definition: z.string(), score: z.number().optional() })),
    }),
  ),
  contexts: z.array(z.object({ context: z.string(), definition: z.string() })),
  sectors: z.array(z.object({ code: z.string().regex(/^[A-Z]{3}$/), frequent: z.boolean(), definition: z.string() })),
  nonStateCodes: z.array(z.object({ code: z.string().regex(/^[A-Z]{3}$/), definition: z.string() })),
  ownCodes: z.array(z.object({ code: z.string().regex(/^[A-Z]{3}$/), definition: z.string() })),
  partiallyRecognized: z.array(z.object({ name: z.string(), country: z.string() })),
  futureShift: z.object({
    note: z.string(),
    rules: z.array(z.object({ from: z.string(), to: z.string(), cameo: z.string(), when: z.enum(['future', 'intended', 'refused', 'conditional', 'preparation']).default('future') })),
  }),
});

/** One CAMEO code in cameo.json. */
export const cameoCodeSchema = z.object({
  code: z.string().regex(/^\d{2,4}$/),
  description: z.string().min(1),
  goldstein: z.number().min(-10).max(10),
  goldsteinInherited: z.boolean().optional(),
  plover: z
    .object({ type: z.string(), mode: z.string().optional(), contexts: z.array(z.string()).optional() })
    .optional(),
  note: z.string().optional(),
});
export const cameoFileSchema = z.object({ source: z.string(), codes: z.array(cameoCodeSchema) });

/** One trigger entry in triggers/<type>.json (the type is given once per file). */
export const triggerSchema = z.object({
  lemma: z.string().min(1),
  next: z.string().optional(),
  objects: z.array(z.string()).optional(),
  subjects: z.array(z.string()).optional(),
  joint: z.boolean().optional(),
  pos: z.enum(['verb', 'noun', 'any']),
  mode: z.string().optional(),
  cameo: z.string(),
  contexts: z.array(z.string()).optional(),
  subjectRole: z.enum(['actor', 'recipient', 'none']).optional(),
  objectRole: z.enum(['recipient', 'co-actor', 'actor', 'none']).optional(),
  actorPreps: z.array(z.string()).optional(),
  recipientPreps: z.array(z.string()).optional(),
  coActorPreps: z.array(z.string()).optional(),
  ambiguous: z.boolean().optional(),
  secondary: z.boolean().optional(),
  typeNote: z.string().optional(),
  note: z.string().optional(),
});
export const triggerFileSchema = z.object({ type: z.string(), triggers: z.array(triggerSchema) });

/** cues.json */
export const cuesFileSchema = z.object({
  note: z.string(),
  negation: z.array(z.string()),
  hypothetical: z.array(z.string()),
  future: z.array(z.string()),
  intended: z.array(z.string()),
  reported: z.array(z.string()),
  threat: z.array(z.string()),
  historical: z.array(z.string()),
  responsibility: z.array(z.string()),
  nonPolitical: z.array(z.string()),
  conditional: z.array(z.string()),
  preparation: z.array(z.string()),
});

/** irregular-forms.json */
export const irregularFileSchema = z.object({ note: z.string(), forms: z.record(z.string(), z.string()) });

/** One dated role of an actor: which country/sector it codes to, between from (inclusive) and to (exclusive). */
export const roleSchema = z.object({
  country: z.string().regex(/^[A-Z]{3}$/),
  sector: z.string().regex(/^[A-Z]{3}$/).optional(),
  sectors: z.array(z.string().regex(/^[A-Z]{3}$/)).optional(),
  title: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** Kinds of actor records. */
export const actorKinds = ['state', 'capital', 'seat', 'agency', 'pre', 'igo', 'ngo', 'armed-group', 'criminal-group', 'party', 'person'] as const;

/** One actor record (orgs, groups, people, government bodies). */
export const actorRecordSchema = z.object({
  id: z.string().regex(/^[a-z]+:[a-z0-9-]+$/),
  kind: z.enum(actorKinds),
  name: z.string(),
  names: z.array(z.string()),
  exact: z.array(z.string()).optional(),
  org: z.string().optional(),
  roles: z.array(roleSchema).min(1),
  shared: z.array(z.string()).optional(),
  note: z.string().optional(),
});

/** actors-states.json: overlay on the world-countries package. */
export const statesFileSchema = z.object({
  note: z.string(),
  codeOverrides: z.record(z.string(), z.string()),
  skip: z.array(z.string()),
  fold: z.record(z.string(), z.string()),
  peoples: z.record(z.string(), z.array(z.string())).optional(),
  ambiguousDemonyms: z.array(z.string()),
  states: z.record(
    z.string(),
    z.object({
      names: z.array(z.string()).optional(),
      exact: z.array(z.string()).optional(),
      demonyms: z.array(z.string()).optional(),
      capitals: z.array(z.string()).optional(),
    }),
  ),
  bodies: z.array(actorRecordSchema),
});
export const orgsFileSchema = z.object({ note: z.string(), orgs: z.array(actorRecordSchema) });
export const groupsFileSchema = z.object({ note: z.string(), groups: z.array(actorRecordSchema) });
export const peopleFileSchema = z.object({ note: z.string(), people: z.array(actorRecordSchema) });

/** object-classes.json: named noun classes that trigger readings reference as "@name". */
export const objectClassesFileSchema = z.object({ note: z.string(), classes: z.record(z.string(), z.array(z.string())) });

/** sectors.json */
export const sectorsFileSchema = z.object({
  note: z.string(),
  rules: z.array(z.string()),
  nouns: z.array(z.object({ noun: z.string(), sector: z.string(), ambiguous: z.boolean().optional(), note: z.string().optional() })),
  titles: z.array(z.object({ title: z.string(), sector: z.string().nullable(), note: z.string().optional() })),
  modifiers: z.array(
    z.object({ word: z.string(), sector: z.string().optional(), effect: z.string().optional(), note: z.string().optional() }),
  ),
});

/** A parsed CAMEO code. */
export type CameoCode = z.infer<typeof cameoCodeSchema>;
/** A parsed trigger entry as stored (without its type). */
export type TriggerRecord = z.infer<typeof triggerSchema>;
/** A parsed actor record. */
export type ActorRecord = z.infer<typeof actorRecordSchema>;
/** A parsed actor role. */
export type ActorRole = z.infer<typeof roleSchema>;
/** The kind of an actor record. */
export type ActorKind = (typeof actorKinds)[number];

/** One sense restriction in sense-limits.json: when a trigger reading does not hold. */
export const senseLimitSchema = z.object({
  lemmas: z.array(z.string().min(1)).min(1),
  types: z.array(z.string()).optional(),
  followedBy: z.array(z.string().min(1)).optional(),
  onlyFollowedBy: z.array(z.string().min(1)).optional(),
  objects: z.array(z.string().min(1)).optional(),
  patients: z.array(z.string().min(1)).optional(),
  precededBy: z.array(z.string().min(1)).optional(),
  why: z.string().min(1),
});
/** One actor shift in sense-limits.json: a reading that is another type when its actor is a state or its agents. */
export const actorShiftSchema = z.object({
  types: z.array(z.string()).min(1),
  modes: z.array(z.string()).optional(),
  sectors: z.array(z.string()),
  states: z.boolean(),
  to: z.object({ type: z.string(), cameo: z.string(), mode: z.string().optional() }),
  why: z.string().min(1),
});
/** sense-limits.json */
export const senseLimitsFileSchema = z.object({
  note: z.string(),
  classes: z.record(z.string(), z.array(z.string())),
  limits: z.array(senseLimitSchema),
  actorShifts: z.array(actorShiftSchema).optional(),
});
