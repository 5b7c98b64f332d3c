/**
 * Type colours and order for the timeline, map and network views. The colours themselves come
 * from the UI's one palette (`web/src/palette.ts`, which the events table uses too), so a type looks
 * the same in every view; this file adds the codebook order (the stacking order of the timeline and
 * its legend), the balance colours, and distinct greys for types outside the codebook, which the
 * shared palette paints all alike.
 */
import { TYPE_COLOURS } from '../../palette.js';

/** The PLOVER types in codebook order (cooperation first, material conflict last). */
export const TYPE_ORDER: readonly string[] = Object.keys(TYPE_COLOURS);

/** Cooperation (positive Goldstein) and conflict (negative) colours of balance charts and network edges. */
export const BALANCE_COLORS = { cooperation: '#2c6fbb', conflict: '#c62828', neutral: '#9aa0a6' } as const;

/** Greys for types outside the codebook (older stores, synthetic data), picked by a stable hash. */
const OTHER = ['#5f6b7a', '#8d8d8d', '#4a4e69', '#7d6b5d', '#6b7d5d', '#a3a3a3'];

/** The colour of an event type; an unknown type always gets the same grey-ish colour. */
export function typeColor(type: string): string {
  const known = TYPE_COLOURS[type];
  if (known) return known;
  let hash = 0;
  for (let i = 0; i < type.length; i++) hash = (hash * 31 + type.charCodeAt(i)) >>> 0;
  return OTHER[hash % OTHER.length] ?? '#7a7f87';
}

/** Sorts types in codebook order; unknown types after them, alphabetically. */
export function compareTypes(a: string, b: string): number {
  const ia = TYPE_ORDER.indexOf(a);
  const ib = TYPE_ORDER.indexOf(b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0) return -1;
  if (ib >= 0) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The colour of a cooperation/conflict balance from −1 (all conflict) through 0 (grey) to +1
 * (all cooperation), interpolated in RGB: edges of the network and the map's tooltip bars.
 */
export function balanceColor(balance: number): string {
  const t = Math.max(-1, Math.min(1, balance));
  const to = t >= 0 ? BALANCE_COLORS.cooperation : BALANCE_COLORS.conflict;
  const mix = (from: string, into: string, k: number): string => {
    const c = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return `#${[0, 1, 2].map((i) => Math.round(c(from, i) + (c(into, i) - c(from, i)) * k).toString(16).padStart(2, '0')).join('')}`;
  };
  return mix(BALANCE_COLORS.neutral, to, Math.abs(t));
}
