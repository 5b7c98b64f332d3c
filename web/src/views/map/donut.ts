/**
 * Donut markers: a cluster holding several event types is drawn as a ring cut into one arc per
 * type (in codebook order, sized by its share), so a mixed cluster shows its mix instead of only
 * its most frequent type.
 */
import { compareTypes } from '../timeline/palette.js';

/** One arc of a donut. */
export interface Arc {
  type: string;
  count: number;
  /** SVG path of the ring segment, centred on (0, 0). */
  d: string;
}

const TAU = Math.PI * 2;

/** An SVG path of the ring between radii `r0` < `r1` from angle `a0` to `a1` (radians, clockwise from 12 o'clock). */
export function ringSegment(r0: number, r1: number, a0: number, a1: number): string {
  // A full ring as one arc would start and end at the same point, which SVG draws as nothing.
  if (a1 - a0 >= TAU - 1e-9) return `${ringSegment(r0, r1, a0, a0 + Math.PI)}${ringSegment(r0, r1, a0 + Math.PI, a1)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const f = (v: number): string => (Math.abs(v) < 0.005 ? '0.00' : v.toFixed(2));
  const at = (r: number, a: number): string => `${f(r * Math.sin(a))},${f(-r * Math.cos(a))}`;
  return `M${at(r1, a0)}A${r1},${r1} 0 ${large} 1 ${at(r1, a1)}L${at(r0, a1)}A${r0},${r0} 0 ${large} 0 ${at(r0, a0)}Z`;
}

/** The arcs of a cluster's type counts (types with no events get none). */
export function donutArcs(byType: Readonly<Record<string, number>>, r0: number, r1: number): Arc[] {
  const entries = Object.entries(byType)
    .filter(([, n]) => n > 0)
    .sort((a, b) => compareTypes(a[0], b[0]));
  const total = entries.reduce((s, [, n]) => s + n, 0);
  const arcs: Arc[] = [];
  let angle = 0;
  for (const [type, count] of entries) {
    const next = angle + (count / total) * TAU;
    arcs.push({ type, count, d: ringSegment(r0, r1, angle, next) });
    angle = next;
  }
  return arcs;
}
