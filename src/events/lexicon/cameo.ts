/**
 * CAMEO code table: our descriptions, the published Goldstein score and our CAMEO -> PLOVER mapping.
 */
import cameoData from './data/cameo.json' with { type: 'json' };
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
