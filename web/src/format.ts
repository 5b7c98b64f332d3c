/** Small display helpers shared by the views. */
import type { ActorRef } from './api-types.js';

/** `2016-05-03`, or a range `2016-05-03 – 2016-05-05`; an em dash when undated. */
export function formatDateRange(start: string | null | undefined, end?: string | null): string {
  if (!start) return '—';
  return end && end !== start ? `${start} – ${end}` : start;
}

/** An actor as a short label: the name, with its country code when it has one. */
export function actorLabel(actor: Pick<ActorRef, 'name' | 'country'>): string {
  return actor.country && !actor.name.toUpperCase().includes(actor.country) ? `${actor.name} (${actor.country})` : actor.name;
}

/** A whole number with thousands separators (`100,110`). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** A Goldstein score with its sign (`+3.4`, `−10`). */
export function formatGoldstein(score: number): string {
  const text = Math.abs(score).toFixed(1).replace(/\.0$/, '');
  return score > 0 ? `+${text}` : score < 0 ? `−${text}` : '0';
}

/** Dead/injured as `12 / 3`, blank parts as an en dash; empty when both are unknown. */
export function formatCasualties(dead: number | null | undefined, injured: number | null | undefined): string {
  if (dead == null && injured == null) return '';
  return `${dead ?? '–'} / ${injured ?? '–'}`;
}
