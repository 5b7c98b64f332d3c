/**
 * Cross-file consistency checks the zod schemas cannot express: trigger types/modes against the
 * PLOVER codebook, trigger CAMEO codes against cameo.json, actor codes and shared aliases.
 */
import { createRequire } from 'node:module';
import { actorRecords, aliasClaims } from './actors.js';
import { cameoTable } from './cameo.js';
import { foldKey } from './normalize.js';
import { isPloverContext, isPloverType, isSectorCode, modesFor, ploverCodebook } from './plover.js';
import { statesOverlay } from './states.js';
import { allTriggers } from './triggers.js';
import sectorsData from './data/sectors.json' with { type: 'json' };
import { sectorsFileSchema } from './schema.js';

function checkTriggers(problems: string[]): void {
  const cameo = cameoTable();
  for (const t of allTriggers()) {
    const where = `trigger ${t.type} "${t.lemma}${t.next ? ' ' + t.next : ''}"${t.objects ? ` [${t.objects[0]}…]` : ''}`;
    if (t.mode !== undefined && !modesFor(t.type).includes(t.mode)) problems.push(`${where}: mode ${t.mode} is not a ${t.type} mode`);
    const info = cameo.get(t.cameo);
    if (!info) problems.push(`${where}: CAMEO ${t.cameo} missing from cameo.json`);
    else if (info.plover?.type !== t.type && t.typeNote === undefined)
      problems.push(`${where}: CAMEO ${t.cameo} maps to ${info.plover?.type ?? 'nothing'}, not ${t.type}, and no typeNote says why`);
    for (const c of t.contexts ?? []) if (!isPloverContext(c)) problems.push(`${where}: context ${c} is not a PLOVER context`);
  }
}

function checkCameo(problems: string[]): void {
  for (const [code, info] of cameoTable()) {
    if (!info.plover) continue;
    const { type, mode, contexts } = info.plover;
    if (!isPloverType(type)) problems.push(`CAMEO ${code}: ${type} is not a PLOVER type`);
    if (mode !== undefined && !modesFor(type).includes(mode)) problems.push(`CAMEO ${code}: mode ${mode} is not a ${type} mode`);
    for (const c of contexts ?? []) if (!isPloverContext(c)) problems.push(`CAMEO ${code}: context ${c} is not a PLOVER context`);
  }
}

function validCountryCodes(): Set<string> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as { cca3: string }[];
  const overrides = statesOverlay().codeOverrides;
  const book = ploverCodebook();
  return new Set([
    ...countries.map((c) => overrides[c.cca3] ?? c.cca3),
    ...book.nonStateCodes.map((c) => c.code),
    ...book.ownCodes.map((c) => c.code),
  ]);
}

function checkActors(problems: string[]): void {
  const countries = validCountryCodes();
  const ids = new Set<string>();
  const byId = new Map(actorRecords().map((r) => [r.id, r]));
  for (const r of actorRecords()) {
    if (ids.has(r.id)) problems.push(`actor id ${r.id} is used twice`);
    ids.add(r.id);
    for (const role of r.roles) {
      if (!countries.has(role.country)) problems.push(`actor ${r.id}: country ${role.country} is neither ISO3 nor a PLOVER code`);
      for (const s of [role.sector, ...(role.sectors ?? [])]) if (s !== undefined && !isSectorCode(s)) problems.push(`actor ${r.id}: ${s} is not a PLOVER sector`);
      if (role.from && role.to && role.from >= role.to) problems.push(`actor ${r.id}: role ${role.from}..${role.to} is empty`);
    }
  }
  for (const [alias, claimants] of aliasClaims()) {
    if (claimants.length < 2) continue;
    const recs = claimants.map((id) => byId.get(id)!);
    // People sharing a surname are told apart by date; anything else must be declared shared, with a note.
    if (recs.every((r) => r.kind === 'person')) continue;
    const declared = recs.some((r) => r.note !== undefined && (r.shared ?? []).some((s) => foldKey(s) === alias));
    if (!declared) problems.push(`alias "${alias}" maps to ${claimants.join(', ')} without a shared/note declaration`);
  }
}

function checkSectors(problems: string[]): void {
  const data = sectorsFileSchema.parse(sectorsData);
  for (const n of data.nouns) if (!isSectorCode(n.sector)) problems.push(`sector noun "${n.noun}": ${n.sector} is not a PLOVER sector`);
  for (const t of data.titles) if (t.sector !== null && !isSectorCode(t.sector)) problems.push(`title "${t.title}": ${t.sector} is not a PLOVER sector`);
  for (const m of data.modifiers) {
    for (const s of [m.sector, m.effect]) if (s !== undefined && !isSectorCode(s)) problems.push(`modifier "${m.word}": ${s} is not a PLOVER sector`);
  }
}

/** Runs every cross-file check; returns human-readable problems (empty when the lexicon is consistent). */
export function validateLexicon(): string[] {
  const problems: string[] = [];
  checkCameo(problems);
  checkTriggers(problems);
  checkActors(problems);
  checkSectors(problems);
  return problems;
}
