/**
 * The highlight marks of one event's evidence in a document: the sentence, the trigger, and the
 * actor, recipient, place and date spans — from the API's offsets where it gives them, otherwise
 * located by name in the sentence (marked `approx`).
 */
import type { ActorRef, Evidence, Place } from '../../api-types.js';
import { placeHref } from '../../components.js';
import type { Mark } from '../../highlight.js';
import { paths } from '../../router.js';
import { locateDate, locateName } from './locate.js';

/** What of the event the marks need. */
export interface MarkedEvent {
  actors: ActorRef[];
  recipients: ActorRef[];
  place: Place | null;
  dateStart: string | null;
}

/** Marks for each evidence of `event` (offsets into the document text the evidence indexes). */
export function evidenceMarks(event: MarkedEvent, evidence: readonly Evidence[], text: string): Mark[] {
  const marks: Mark[] = [];
  for (const ev of evidence) {
    marks.push({ start: ev.start, end: ev.end, cls: 'sentence', title: 'evidence sentence' });
    marks.push({ start: ev.trigger.start, end: ev.trigger.end, cls: 'role-trigger', title: `trigger: ${ev.trigger.text}` });
    const taken: { start: number; end: number }[] = [{ start: ev.trigger.start, end: ev.trigger.end }];
    const free = (s: { start: number; end: number }): boolean => taken.every((t) => s.end <= t.start || s.start >= t.end);
    const add = (span: { start: number; end: number } | undefined, cls: string, title: string, href: string | undefined, approx: boolean): void => {
      if (!span || !free(span)) return;
      taken.push(span);
      marks.push({ start: span.start, end: span.end, cls: approx ? `${cls} approx` : cls, title: approx ? `${title} (located by name)` : title, ...(href ? { href } : {}) });
    };
    const roles: [ActorRef[], 'actor' | 'recipient'][] = [
      [event.actors, 'actor'],
      [event.recipients, 'recipient'],
    ];
    for (const [list, role] of roles) {
      const given = ev[role];
      if (given) {
        add(given, `role-${role}`, `${role}: ${list[0]?.name ?? given.text}`, list[0] ? paths.actor(list[0].name) : undefined, false);
        continue;
      }
      for (const a of list) add(locateName(text, a.name, ev.start, ev.end), `role-${role}`, `${role}: ${a.name}`, paths.actor(a.name), true);
    }
    const place = event.place;
    if (ev.place) add(ev.place, 'role-place', `place: ${place?.name ?? ev.place.text}`, place ? placeHref(place) : undefined, false);
    else if (place) {
      const found = locateName(text, place.name, ev.start, ev.end) ?? (place.admin1 ? locateName(text, place.admin1, ev.start, ev.end) : undefined);
      add(found, 'role-place', `place: ${place.name}`, placeHref(place), true);
    }
    if (ev.date) add(ev.date, 'role-date', `date: ${event.dateStart ?? ev.date.text}`, undefined, false);
    else add(locateDate(text, event.dateStart, ev.start, ev.end), 'role-date', `date: ${event.dateStart ?? 'undated'}`, undefined, true);
  }
  return marks;
}

/** Whether the evidence's offsets index `text` (its sentence is there, where it says). */
export function indexesText(ev: Evidence, text: string): boolean {
  return text.slice(ev.start, ev.end) === ev.text;
}

/**
 * The evidence with every offset made relative to its own sentence (`ev.text`): for showing it
 * alone, when the document is not at hand, or when its offsets do not index the document text
 * (an analysis can code a sentence of the headline, whose offsets index the headline).
 */
export function standalone(ev: Evidence): Evidence {
  const shift = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start - ev.start, end: s.end - ev.start });
  const out: Evidence = { ...ev, start: 0, end: ev.text.length, trigger: shift(ev.trigger) };
  for (const role of ['actor', 'recipient', 'place', 'date'] as const) {
    const span = ev[role];
    if (span) out[role] = shift(span);
  }
  return out;
}
