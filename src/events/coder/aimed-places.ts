/**
 * The countries an event is aimed at when its text names no recipient actor: the place linker's
 * targets (`eventTargets`: the trigger's object, 'to' destination or partner, which it never
 * returns as the event's place), the first one and those coordinated with it ("threatened to deliver
 * blows to the United States and Israel"). A partner of a border noun locates, it is no partner
 * ("villages near Macedonia's border with Bulgaria").
 *
 * @module
 */
import type { PlaceMentionRef } from '../../core/index.js';
import { eventTargets } from '../places/index.js';
import cues from './aimed-words.json' with { type: 'json' };

const JOINERS = new Set(cues.listJoiners);
const BORDER_NOUNS = new Set(cues.borderNouns);

/** Whether `gap` (the text between two places) holds only list words (", and the"). */
function joins(gap: string): boolean {
  const tokens = gap.toLowerCase().split(/\s+|(?=,)|(?<=,)/).filter((t) => t !== '');
  return tokens.length > 0 && tokens.every((t) => JOINERS.has(t));
}

/** Whether the place is a border noun's partner ("border with Bulgaria"). */
function bordering(text: string, p: PlaceMentionRef): boolean {
  const before = text.slice(Math.max(0, p.start - 40), p.start).toLowerCase().split(/[^\p{L}-]+/u).filter((t) => t !== '');
  const prep = before[before.length - 1];
  return prep !== undefined && cues.partnerPrepositions.includes(prep) && BORDER_NOUNS.has(before[before.length - 2] ?? '');
}

/**
 * The places (of `places`, all in the sentence that starts at `sentStart` in `text`) the event
 * triggered at `trig` is aimed at, in text order: the first target and the targets coordinated with it.
 */
export function aimedPlaces(text: string, sentStart: number, sentText: string, trig: { start: number; end: number }, places: readonly PlaceMentionRef[]): PlaceMentionRef[] {
  if (places.length === 0) return [];
  const rel = (x: { start: number; end: number }) => ({ start: x.start - sentStart, end: x.end - sentStart });
  const starts = new Set(eventTargets(sentText, rel(trig), places.map((p) => ({ ...rel(p), text: p.text }))).map((t) => t.start + sentStart));
  const targets = places.filter((p) => starts.has(p.start) && !bordering(text, p));
  const out: PlaceMentionRef[] = [];
  for (const p of targets) {
    const last = out[out.length - 1];
    if (last && !joins(text.slice(last.end, p.start))) break;
    out.push(p);
  }
  return out;
}
