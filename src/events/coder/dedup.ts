/**
 * One event told twice in an article (headline and body, standfirst and lede) becomes one event
 * with two evidences: same type, polarity, actors and recipients, compatible date and place. Events
 * found only in a heading are dropped: headings are where teasers live, and a real headline
 * event is told again in the body.
 *
 * @module
 */
import type { ActorCode, CodedEvent } from '../../core/index.js';

/** Whether no actor of the event is identified ("two suicide bombers": unidentified forces, or none). */
const unidentified = (e: CodedEvent) => e.actors.every((a) => a.sector === 'UAF' || (a.country === undefined && a.sector === undefined));

function code(a: ActorCode): string {
  return `${a.country ?? ''}/${a.sector ?? ''}/${a.country === undefined && a.sector === undefined ? a.name : ''}`;
}

/** The identity of an event for merging. */
export function eventKey(e: CodedEvent): string {
  const date = typeof e.date === 'string' ? e.date : e.date === undefined ? '' : `${e.date.start}/${e.date.end}`;
  // A denied event is never the same as one that took place ("did not attack" / "attacked").
  const polarity = e.status === 'negated' ? 'not' : '';
  // An abduction is not a killing of the same victims ("opponents taken prisoner by Isis have been killed").
  const mode = e.mode === 'abduct' ? 'abduct' : '';
  return [e.type, polarity, mode, e.actors.map(code).sort().join('+'), e.recipients.map(code).sort().join('+'), e.dateFrom === 'sentence' ? date : ''].join('|');
}

/**
 * Merges repeated events and drops heading-only ones. `fromHeading` tells which events came from
 * a heading paragraph, `claims` which name their actor by a responsibility claim; the result keeps
 * body order and gives ids `ev1`, `ev2`….
 */
export function mergeEvents(events: readonly CodedEvent[], fromHeading: ReadonlySet<CodedEvent>, claims: ReadonlySet<CodedEvent>): CodedEvent[] {
  const byKey = new Map<string, CodedEvent>();
  const out: CodedEvent[] = [];
  const heading: CodedEvent[] = [];
  for (const e of events) {
    if (fromHeading.has(e)) {
      heading.push(e);
      continue;
    }
    // "Two suicide bombers blew themselves up … Isis claimed responsibility for the attack": the claim
    // names the attacker of the attack told before, one event.
    if (e.type === 'ASSAULT' && claims.has(e)) {
      const sentence = e.evidence[0]!.sentence;
      const told = out.findLast((x) => x.type === e.type && x.status !== 'negated' && unidentified(x) && x.evidence[0]!.sentence < sentence);
      if (told) {
        told.actors = e.actors;
        told.evidence.push(...e.evidence);
        continue;
      }
    }
    const key = eventKey(e);
    const seen = byKey.get(key);
    if (seen && (seen.location === undefined || e.location === undefined || seen.location.name === e.location.name)) {
      seen.evidence.push(...e.evidence);
      if (seen.location === undefined && e.location !== undefined) seen.location = e.location;
      for (const f of ['dead', 'injured', 'size'] as const) if (seen[f] === undefined && e[f] !== undefined) seen[f] = e[f];
      continue;
    }
    byKey.set(key, e);
    out.push(e);
  }
  for (const h of heading) {
    const body = byKey.get(eventKey(h));
    if (body) {
      body.evidence.unshift(...h.evidence);
      body.start = h.start;
      body.end = h.end;
    }
  }
  out.forEach((e, k) => (e.id = `ev${k + 1}`));
  return out;
}

/**
 * Adds the events told in the title or standfirst (coded on their own, evidence marked with its
 * `field`) to the body's: one told in both is one event with the title's evidence appended; one told
 * only there is kept (the article's own headline is no teaser), with an empty span at the start of
 * the text since it has no place in `doc.text`. Ids are renumbered.
 */
export function mergeTold(body: readonly CodedEvent[], told: readonly CodedEvent[]): CodedEvent[] {
  const out = [...body];
  // A headline rarely dates its event: the date counts only when both tellings state one.
  const undated = (e: CodedEvent) => eventKey({ ...e, dateFrom: 'article' });
  const sameDate = (a: CodedEvent, b: CodedEvent) => a.dateFrom !== 'sentence' || b.dateFrom !== 'sentence' || JSON.stringify(a.date) === JSON.stringify(b.date);
  const samePlace = (a: CodedEvent, b: CodedEvent) => a.location === undefined || b.location === undefined || a.location.name === b.location.name;
  for (const t of told) {
    const seen = out.find((e) => undated(e) === undated(t) && sameDate(e, t) && samePlace(e, t));
    if (seen) {
      seen.evidence.push(...t.evidence);
      if (seen.location === undefined && t.location !== undefined) seen.location = t.location;
      continue;
    }
    const own: CodedEvent = { ...t, start: 0, end: 0 };
    delete own.primary;
    out.push(own);
  }
  out.forEach((e, k) => (e.id = `ev${k + 1}`));
  return out;
}
