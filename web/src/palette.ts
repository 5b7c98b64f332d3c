/**
 * Colours of the UI: one per PLOVER event type (cooperative types cool, conflictual warm, so a
 * table or chart reads at a glance), the highlight colour of each evidence role, and the
 * cooperation/conflict scale of Goldstein scores.
 */

/** PLOVER type → colour. */
export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  AGREE: '#1b7f5b',
  CONSULT: '#2a9d8f',
  SUPPORT: '#3b8bc2',
  CONCEDE: '#5aa9a0',
  COOPERATE: '#2c6fbb',
  AID: '#4caf50',
  RETREAT: '#8aa86b',
  REQUEST: '#6c7fd8',
  ACCUSE: '#c98a1b',
  REJECT: '#b8860b',
  THREATEN: '#e07b39',
  PROTEST: '#9b59b6',
  SANCTION: '#a0522d',
  MOBILIZE: '#d4a017',
  COERCE: '#d35454',
  ASSAULT: '#b22222',
};

/** Colour of an event type; types outside the codebook are grey. */
export function typeColour(type: string): string {
  return TYPE_COLOURS[type] ?? '#7a7f87';
}

/** The evidence roles the evidence view highlights, with their colours (text stays dark on all). */
export const ROLE_COLOURS = {
  trigger: '#ffd54f',
  actor: '#90caf9',
  recipient: '#f8bbd0',
  place: '#a5d6a7',
  date: '#ffcc80',
} as const;

/** An evidence role. */
export type Role = keyof typeof ROLE_COLOURS;

/** Colour of a Goldstein score (−10 conflict red … 0 grey … +10 cooperation blue-green). */
export function goldsteinColour(score: number): string {
  if (score <= -5) return '#b22222';
  if (score < 0) return '#d9822b';
  if (score === 0) return '#6b7280';
  if (score < 5) return '#3b8bc2';
  return '#1b7f5b';
}
