/**
 * CAMEO code table: our descriptions, the published Goldstein score and our CAMEO -> PLOVER mapping.
 */
import cameoData from './data/cameo.json' with { type: 'json' };
import refineData from './data/cameo-refine.json' with { type: 'json' };
import complementData from './data/cameo-complements.json' with { type: 'json' };
import { cameoFileSchema } from './schema.js';
import type { CameoCode } from './schema.js';

/** What `cameoInfo` returns for a code. */
export interface CameoInfo {
  /** Our short description of the code. */
  description: string;
  /** Goldstein conflict-cooperation score (-10..+10). */
  goldstein: number;
  /** True when the published table lacks the code and the parent's score is used. */
  goldsteinInherited?: true;
  /** PLOVER type/mode the code maps to; absent for codes PLOVER drops (CAMEO 01). */
  plover?: { type: string; mode?: string; contexts?: readonly string[] };
  /** Why the mapping departs from the plain cue-category table, when it does. */
  note?: string;
}

let table: ReadonlyMap<string, CameoInfo> | undefined;

/** All codes, parsed at first use. */
export function cameoTable(): ReadonlyMap<string, CameoInfo> {
  if (table) return table;
  const parsed = cameoFileSchema.parse(cameoData);
  const map = new Map<string, CameoInfo>();
  for (const c of parsed.codes) {
    if (map.has(c.code)) throw new Error(`cameo.json: duplicate code ${c.code}`);
    map.set(c.code, toInfo(c));
  }
  table = map;
  return map;
}

function toInfo(c: CameoCode): CameoInfo {
  const info: CameoInfo = { description: c.description, goldstein: c.goldstein };
  if (c.goldsteinInherited) info.goldsteinInherited = true;
  if (c.plover) {
    const p: { type: string; mode?: string; contexts?: readonly string[] } = { type: c.plover.type };
    if (c.plover.mode) p.mode = c.plover.mode;
    if (c.plover.contexts) p.contexts = c.plover.contexts;
    info.plover = p;
  }
  if (c.note) info.note = c.note;
  return info;
}

/** Description, Goldstein score and PLOVER mapping of a CAMEO code ("190", "0871"), or undefined. */
export function cameoInfo(code: string): CameoInfo | undefined {
  return cameoTable().get(code.trim());
}

/** One rule of `cameo-refine.json`. */
interface RefineRule {
  cameo: string;
  from: ReadonlySet<string>;
  cues?: readonly string[];
  triggers?: ReadonlySet<string>;
  actorSectors?: ReadonlySet<string>;
  objectWords?: ReadonlySet<string>;
  objectWindow?: number;
  unlessCues?: readonly string[];
  beforeCues?: readonly string[];
}

interface RefineTable { window: number; objectWindow: number; beforeWindow: number; rules: readonly RefineRule[] }

let refineTable: RefineTable | undefined;

function refineRules(): RefineTable {
  if (refineTable) return refineTable;
  const set = (xs: readonly string[] | undefined) => (xs ? new Set(xs.map((x) => x.toLowerCase())) : undefined);
  const rules = refineData.rules.map((r): RefineRule => {
    if (!cameoInfo(r.cameo)) throw new Error(`cameo-refine.json: ${r.cameo} missing from cameo.json`);
    const rule: RefineRule = { cameo: r.cameo, from: new Set(r.from) };
    if ('cues' in r) rule.cues = r.cues.map((c) => ` ${c.toLowerCase()} `);
    const triggers = set('triggers' in r ? r.triggers : undefined);
    if (triggers) rule.triggers = triggers;
    const sectors = set('actorSectors' in r ? r.actorSectors.map((s) => s.toLowerCase()) : undefined);
    if (sectors) rule.actorSectors = sectors;
    const objects = set('objectWords' in r ? r.objectWords : undefined);
    if (objects) rule.objectWords = objects;
    if ('objectWindow' in r) rule.objectWindow = r.objectWindow;
    if ('unlessCues' in r) rule.unlessCues = r.unlessCues.map((c) => ` ${c.toLowerCase()} `);
    if ('beforeCues' in r) rule.beforeCues = r.beforeCues.map((c) => ` ${c.toLowerCase()} `);
    return rule;
  });
  refineTable = { window: refineData.window, objectWindow: refineData.objectWindow, beforeWindow: refineData.beforeWindow, rules };
  return refineTable;
}

/** What `refineCameo` reads of an ASSAULT event. */
export interface RefineInput {
  /** The event's PLOVER type; only ASSAULT is refined. */
  type: string;
  /** Its CAMEO code from the trigger lexicon (and any shift). */
  cameo: string;
  /** The trigger word, lowercased ("killed"). */
  trigger: string;
  /** The sentence text after the trigger ("in a car bombing on Sunday, police said."). */
  after: string;
  /** The sentence text before the trigger, when known ("Gunmen tried to "): read for an attempt (185). */
  before?: string;
  /** The actor's words and sector, when it has one ("a roadside bomb", UNK). */
  actor?: { text: string; sector?: string };
}

/** A refined CAMEO code with its Goldstein score and the PLOVER mode it maps to. */
export interface RefinedCameo { cameo: string; goldstein: number; mode?: string }

const WORD = /[a-z][a-z'-]*/g;
// Only the first words are read: a slice of 16 characters a word keeps the regex off the rest of a long sentence.
const words = (s: string, n: number) => (s.slice(0, n * 16).toLowerCase().match(WORD) ?? []).slice(0, n);
// The last words before the trigger, read from the end of the text the same way.
const lastWords = (s: string, n: number) => (s.slice(-n * 16).toLowerCase().match(WORD) ?? []).slice(-n);

/**
 * The CAMEO code an ASSAULT event takes from its instrument, actor and victim (`cameo-refine.json`,
 * each rule from the CAMEO codebook): "killed in a suicide car bombing" is 1831 and "aircraft killed"
 * 195, not the lexicon's default 190 for a killing with no weapon named; "killed the deputy chief" is an
 * assassination (186), "tried to assassinate" an attempt (185, from the words before the trigger). Undefined when no rule applies or the code would not change.
 */
export function refineCameo(e: RefineInput): RefinedCameo | undefined {
  if (e.type !== 'ASSAULT') return undefined;
  const t = refineRules();
  const tail = words(e.after, t.window);
  const seen = ` ${[...tail, '|', ...words(e.actor?.text ?? '', t.window)].join(' ')} `;
  const sector = e.actor?.sector?.toLowerCase();
  let prior: string | undefined;
  for (const r of t.rules) {
    if (!r.from.has(e.cameo)) continue;
    if (r.triggers && !r.triggers.has(e.trigger)) continue;
    if (r.actorSectors && (sector === undefined || !r.actorSectors.has(sector))) continue;
    if (r.objectWords && !tail.slice(0, r.objectWindow ?? t.objectWindow).some((w) => r.objectWords?.has(w))) continue;
    if (r.cues && !r.cues.some((c) => seen.includes(c))) continue;
    if (r.unlessCues?.some((c) => seen.includes(c))) continue;
    if (r.beforeCues) {
      prior ??= ` ${lastWords(e.before ?? '', t.beforeWindow).join(' ')} `;
      const p = prior;
      if (!r.beforeCues.some((c) => p.includes(c))) continue;
    }
    if (r.cameo === e.cameo) return undefined;
    const info = cameoInfo(r.cameo);
    if (!info) return undefined;
    const out: RefinedCameo = { cameo: r.cameo, goldstein: info.goldstein };
    if (info.plover?.mode !== undefined) out.mode = info.plover.mode;
    return out;
  }
  return undefined;
}

/** `cameo-complements.json`: the generic speech codes and, by act prefix, the sub-code per speech root. */
let complementTable: { speech: ReadonlySet<string>; byAct: ReadonlyMap<string, Readonly<Record<string, string>>> } | undefined;

function complementRules(): NonNullable<typeof complementTable> {
  if (complementTable) return complementTable;
  const byAct = new Map<string, Readonly<Record<string, string>>>();
  for (const r of complementData.rules) {
    for (const code of Object.values(r.codes)) if (!cameoInfo(code)) throw new Error(`cameo-complements.json: ${code} missing from cameo.json`);
    for (const act of r.acts) byAct.set(act, r.codes);
  }
  complementTable = { speech: new Set(complementData.speech), byAct };
  return complementTable;
}

/**
 * The CAMEO sub-code of a generic appeal, demand or threat (`speech`, "020") from the code of the act
 * in its complement (`act`): "urged Hamas to release the hostages" (084) is 0253, "threatened to
 * attack" (190) 138 (`cameo-complements.json`, each rule from the codebook). Only when the sub-code
 * keeps the speech act's PLOVER type; undefined otherwise.
 */
export function complementCameo(speech: string, act: string): RefinedCameo | undefined {
  const t = complementRules();
  if (!t.speech.has(speech)) return undefined;
  for (let p = act; p.length >= 2; p = p.slice(0, -1)) {
    const codes = t.byAct.get(p);
    if (!codes) continue;
    const code = codes[speech.slice(0, 2)];
    const info = code === undefined ? undefined : cameoInfo(code);
    if (code === undefined || !info || info.plover?.type !== cameoInfo(speech)?.plover?.type) return undefined;
    const out: RefinedCameo = { cameo: code, goldstein: info.goldstein };
    if (info.plover?.mode !== undefined) out.mode = info.plover.mode;
    return out;
  }
  return undefined;
}
