/**
 * Event assembly: one trigger with its arguments becomes PLOVER events (one per actor of a compound,
 * one per taken place), with status, type shift, counts, place, date, an unnamed recipient read from
 * the places, and evidence spans.
 *
 * @module
 */
import type { ActorCode, ActorMention, CodedEvent, DateMention, Document, EventEvidence, PlaceMentionRef, Quantity, Quote } from '../../core/index.js';
import { actorShift, cameoInfo, refineCameo } from '../lexicon/index.js';
import { linkEventPlace } from '../places/index.js';
import { sameActor } from './actor-phrases.js';
import type { Arg, EventArgs } from './actor-phrases.js';
import { aimedPlaces } from './aimed-places.js';
import type { ClauseRole } from './clauses.js';
import { hasCode } from './clause-rules.js';
import words from './coder-words.json' with { type: 'json' };
import { casualtyKind, eventCounts } from './counts.js';
import { evidenceSpan } from './evidence.js';
import type { TriggerHit } from './find-triggers.js';
import type { ClauseTrigger } from './governed-recipients.js';
import { shiftType } from './shift.js';
import { governedStatus } from './speech-acts.js';
import { claimOf, cueWindowStart, datePlans, eventStatus, inCondition, outsideQuote, requestedAct } from './status.js';
import { takenPlaces, takesTerritory } from './taken-places.js';
import type { Word } from './words.js';

/** Visit verbs: a visit is a CONSULT only when someone with a political role is visited. */
const VISITS = new Set(words.visitVerbs);
const BARRIERS = new Set(words.barriers);
const OBJECT_PREPS = new Set(words.attackedPlacePreps);
const PLACE_HEADS = new Set(words.placeHeads);
/** Words of a target's noun phrase ("four shell bombs", "three main electric power lines"). */
const TARGET_NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
/** Prepositions before a target noun ("fired … at targets"). */
const TARGET_PREPS = new Set(['at', 'on']);
/** Prepositions from a target to its place ("targets in Jericho", "lines leading into Kabul"). */
const TARGET_PLACE_PREPS = new Set(words.targetPlacePreps);

function codeOf(a: ActorMention, text: string): ActorCode {
  const c: ActorCode = { text, name: a.name };
  if (a.country !== undefined) c.country = a.country;
  if (a.sector !== undefined) c.sector = a.sector;
  return c;
}

/** The place after "from" in the few words after a retreat trigger ("withdraw its troops from neighbouring Lebanon"). */
function leftPlace(ws: readonly Word[], hit: TriggerHit, places: readonly PlaceMentionRef[]): PlaceMentionRef | undefined {
  for (let k = hit.last + 1; k < Math.min(ws.length, hit.last + 6); k++) {
    const w = ws[k]!;
    if (w.lower === 'from') {
      let j = k + 1;
      while (ws[j]?.pos === 'DET' || ws[j]?.pos === 'ADJ' || ws[j]?.pos === 'VERB') j++;
      const at = ws[j]?.start;
      return at === undefined ? undefined : places.find((p) => p.start === at);
    }
    if (w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'ADP') return undefined;
  }
  return undefined;
}

/** The place that is the trigger's direct object ("shelled Aleppo", "an attack on the town of Homs"), if any. */
function objectPlace(ws: readonly Word[], hit: TriggerHit, places: readonly PlaceMentionRef[]): PlaceMentionRef | undefined {
  let k = hit.last + 1;
  if (hit.entry.pos === 'noun' && OBJECT_PREPS.has(ws[k]?.lower ?? '')) k++;
  while (ws[k]?.pos === 'DET') k++;
  // "the town of Homs", "the city of Aleppo": a settlement noun before the name.
  if (ws[k + 1]?.lower === 'of' && PLACE_HEADS.has(ws[k]?.lower ?? '')) k += 2;
  const at = ws[k]?.start;
  return at === undefined ? undefined : places.find((p) => p.start === at);
}

/**
 * The place of the trigger's target: "fired four shells at targets in Jericho", "blew up three power lines
 * leading into Kabul", "attacked a checkpoint near Arish": a noun phrase that names no actor as the object
 * (or after "at"/"on"), then a place preposition and the place. Returns the place, if any.
 */
function targetPlace(ws: readonly Word[], hit: TriggerHit, places: readonly PlaceMentionRef[]): PlaceMentionRef | undefined {
  let k = (hit.object ?? hit.last) + 1;
  let noun = false;
  for (const limit = k + 10; k < Math.min(ws.length, limit); k++) {
    const w = ws[k]!;
    if (TARGET_NP_POS.has(w.pos)) noun ||= w.pos === 'NOUN';
    else if (!TARGET_PREPS.has(w.lower) && !(w.pos === 'VERB' && w.lower.endsWith('ing') && noun)) break;
  }
  if (!noun || !TARGET_PLACE_PREPS.has(ws[k]?.lower ?? '')) return undefined;
  k++;
  while (ws[k]?.pos === 'DET') k++;
  if (ws[k + 1]?.lower === 'of' && PLACE_HEADS.has(ws[k]?.lower ?? '')) k += 2;
  const at = ws[k]?.start;
  return at === undefined ? undefined : places.find((p) => p.start === at);
}

function nearestDate(dates: readonly DateMention[], at: number): DateMention | undefined {
  let best: DateMention | undefined;
  for (const d of dates) {
    if (d.value === null) continue;
    if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  }
  return best;
}

function dateStart(v: string | { start: string; end: string }): string {
  return typeof v === 'string' ? v : v.start;
}

/** What one trigger's events are built from, besides its arguments. */
export interface Ctx {
  s: number;
  sent: { start: number; end: number };
  sentText: string;
  ws: readonly Word[];
  trig: { start: number; end: number };
  places: readonly PlaceMentionRef[];
  dates: readonly DateMention[];
  quantities: readonly Quantity[];
  /** Quantities that count some kill or wound event's victims. */
  victims: ReadonlySet<Quantity>;
  quotes: readonly Quote[];
  date: string | undefined;
  group: number;
  role: ClauseRole;
  primary: boolean;
  /** The demand, appeal or threat that governs the trigger, if any (its action did not happen). */
  governor: ClauseTrigger | undefined;
  /** A speech act whose speaker is unknown: coded with no actor. */
  unknownActor: boolean;
  /**
   * An attack whose attacker the text does not name ("A roadside bombing … killed", "were killed"): the span
   * that stands for it (the attack noun, or empty at the trigger).
   */
  unidentified: { start: number; end: number } | undefined;
  /** A protest with no actor named: coded as the civilians' of its place, and only where it has one. */
  crowd: boolean;
}

/** The events of one trigger: one per coded actor (a joint action: one) and per taken place. */
export function buildEvents(doc: Document, hit: TriggerHit, args: EventArgs, c: Ctx): CodedEvent[] {
  const { ws, trig, sent } = c;
  const e = hit.entry;
  // Status window: from just before the subject to the trigger; a few words after event nouns.
  let from = Math.max(0, args.subjectFirst ?? hit.i - 6);
  for (let j = from - 1; j >= Math.max(0, from - 2) && ws[j]!.pos !== 'PUNCT' && !BARRIERS.has(ws[j]!.lower); j--) from = j;
  const before = doc.text.slice(ws[from]!.start, trig.end);
  const afterEnd = ws[Math.min(ws.length - 1, hit.last + 5)]!.end;
  const after = doc.text.slice(trig.end, afterEnd);
  // "Trump said he would X, and slammed Y": the reported clause ends before a verb coordinated with the speech verb.
  const quote = c.quotes.find((q) => q.start <= trig.start && trig.end <= q.end && q.speaker !== undefined && !outsideQuote(ws, hit.i, q));
  const dm = nearestDate(c.dates, trig.start);
  const future = dm?.value != null && c.date !== undefined && dateStart(dm.value) > c.date && datePlans(ws, hit.i, dm.start);
  // The trigger's own word is no cue: "rejected", "refused", "cancelled" name the event, they do not negate it.
  // "The Palestinian Authority - which … if talks are revived - called for": an aside between the subject and the
  // trigger is another predicate; its cues and conditions are not this event's.
  const own = args.ownFrom ?? 0;
  const cues = doc.text.slice(ws[Math.max(own, cueWindowStart(ws, hit.i, from))]!.start, trig.start);
  // Not in a quote: "according to X", "reportedly", "accused Y of …" tell it as a claim too.
  const claim = quote ? undefined : claimOf(ws, hit.i);
  const told = eventStatus(cues, after, quote !== undefined || claim !== undefined, future, inCondition(ws.slice(own), hit.i - own) || requestedAct(ws, hit.i));
  const status = c.governor ? governedStatus(told, c.governor) : told;
  // PLOVER codes a promised, planned or refused action as the single type it amounts to (AGREE,
  // CONCEDE, THREATEN, REJECT); the status still says how the action itself was told.
  // Only a cue in the text shifts the type: a relative date read as later than the article ("on Wednesday") is too weak a sign of a promise.
  const shifted = shiftType(e.type, eventStatus(cues, after, false, false), before, c.role, c.sentText.slice(trig.end - sent.start));
  const type = shifted?.type ?? e.type;
  const cameo = shifted?.cameo ?? e.cameo;
  const counts = eventCounts(e.type, ws, c.quantities, c.victims, casualtyKind(e.type, ws[hit.i]!.text));
  const rel = (x: { start: number; end: number }) => ({ start: x.start - sent.start, end: x.end - sent.start });
  const link = linkEventPlace(c.sentText, rel(trig), c.places.map((p) => ({ ...rel(p), text: p.text })));
  const linked = link ? c.places.find((p) => p.start - sent.start === link.place.start) : undefined;
  // The country the event is directed at ("accused China", "aid to Ukraine"): never its place, but its unnamed recipient.
  // Read only for an event left without a named recipient (the linker's features are computed again).
  let aimedAt: PlaceMentionRef[] | undefined;
  // "recaptured Raqqa …, as well as al-Bab and Tel Abyad": every taken place is a location, one event each.
  const also = (link?.also ?? []).flatMap((a) => c.places.filter((p) => p.start - sent.start === a.start));
  const where: (PlaceMentionRef | undefined)[] = linked && takesTerritory(e.contexts) ? takenPlaces(doc.text, ws, hit.last, linked, c.places, also) : [linked];
  const participants = dedupArgs(args.actors);
  const recipients = dedupArgs(args.recipients);
  const out: CodedEvent[] = [];
  // A named meeting with a date and no actor in the sentence ("the Geneva II conference to be held on 22 January") is one actor-less event.
  // A joint action ("X and Y met", "talks between X and Y", fighting between them) is one event whose
  // participants are all actors and which has no recipient: PLOVER's convention (CAMEO's ordered dyads
  // are derived from it where needed, see docs/EVENTS.md "Joint events").
  const coded = participants.filter((p) => hasCode(p.actor) || p.actor.referent !== undefined);
  const joint = args.symmetric && coded.length > 1;
  const slots: (Arg | undefined)[] = c.unknownActor ? [undefined] : joint ? coded.slice(0, 1) : participants.length > 0 ? participants : [undefined];
  for (const place of where) for (const actor of slots) {
    if (actor && !hasCode(actor.actor) && actor.actor.referent === undefined) continue;
    if (c.crowd && !place) continue;
    const recips = (joint ? [] : args.symmetric ? participants.filter((p) => p !== actor) : recipients).filter((r) => actor === undefined || !sameActor(r.actor, actor.actor));
    // "he visited Epstein in New York": a visit to someone with no political role (no country, no sector) is no CONSULT.
    if (type === 'CONSULT' && VISITS.has(ws[hit.i]!.lower) && recips.length > 0 && recips.every((r) => !r.actor.country && !r.actor.sector)) continue;
    const recipCodes = recips.map((r) => codeOf(r.actor, doc.text.slice(r.start, r.end)));
    // No named recipient: an action carried out in a place after the trigger ("imposed a curfew in
    // Cizre", "demonstrated in Serbia") is directed at that country (CAMEO's location-as-target convention).
    // Not for ASSAULT: there the recipient is the victim, and two-sided fighting has none (manual).
    // The linker never returns a country the trigger is aimed at (its object, 'to' destination or partner): that one is read first.
    if (recipCodes.length === 0 && !args.symmetric && type !== 'ASSAULT' && c.places.length > 0) {
      aimedAt ??= aimedPlaces(doc.text, sent.start, c.sentText, trig, c.places);
      const unnamed = aimedAt.length > 0 ? aimedAt : place && place.start > trig.start ? [place] : [];
      for (const u of unnamed) recipCodes.push({ text: u.text, name: u.name, country: u.country, from: 'place' });
    }
    // "Rebels shelled Aleppo", "an attack on Homs": the attacked or coerced place's country is the recipient
    // (as PLOVER codes a city that is the direct object); only the trigger's direct object, never a place of action.
    // "withdrew its troops from Lebanon": a retreat is directed at the place it leaves.
    const target = recipCodes.length === 0 && !args.symmetric
      ? (type === 'ASSAULT' || type === 'COERCE' ? objectPlace(ws, hit, c.places) ?? targetPlace(ws, hit, c.places) : e.type === 'RETREAT' ? leftPlace(ws, hit, c.places) : undefined)
      : undefined;
    // A city goes to the CVL sector (PLOVER GSR readme: "cities in general go to sector CVL").
    if (target) recipCodes.push({ text: target.text, name: target.name, country: target.country, ...(target.precision === 'city' ? { sector: 'CVL' } : {}), from: 'place' });
    const ev: CodedEvent = {
      id: '',
      start: trig.start,
      end: trig.end,
      type,
      cameo,
      goldstein: shifted?.goldstein ?? e.goldstein,
      status,
      actors: (joint ? coded : actor ? [actor] : []).map((a) => codeOf(a.actor, doc.text.slice(a.start, a.end))),
      recipients: recipCodes,
      evidence: [evidence(doc, c, actor, recips[0], place, dm)],
    };
    if (!actor && c.unidentified && ev.actors.length === 0) {
      // PLOVER's unidentified actor (sector UNK, "two civilians were killed by a bomb"), with the country where
      // the attack struck, as the PLOVER gold mostly codes it (tried: no country for a bare passive, which names
      // no one: actor F1 dev 0.839 -> 0.842, check 0.748 -> 0.735).
      const named = c.unidentified.end > c.unidentified.start;
      ev.actors.push({ text: doc.text.slice(c.unidentified.start, c.unidentified.end), name: 'unidentified', sector: 'UNK', ...(place ? { country: place.country } : {}) });
      if (named) ev.evidence[0]!.actor = evidenceSpan(doc, c.unidentified);
    }
    if (!actor && c.crowd && place && ev.actors.length === 0) ev.actors.push({ text: '', name: 'civilians', country: place.country, sector: 'CVL' });
    if (e.mode !== undefined && !shifted) ev.mode = e.mode;
    // "Jordan blocked the crossing": a state's or its forces' obstruction restricts movement (COERCE), a protesters' one is PROTEST.
    const byActor = actorShift(ev.type, ev.mode, actor?.actor);
    if (byActor) {
      ev.type = byActor.type;
      ev.cameo = byActor.cameo;
      ev.goldstein = cameoInfo(byActor.cameo)?.goldstein ?? ev.goldstein;
      if (byActor.mode === undefined) delete ev.mode;
      else ev.mode = byActor.mode;
    }
    // CAMEO codes an ASSAULT by its instrument, actor and victim (bombing 183, aircraft 195, a leader killed 186): lexicon/cameo-refine.json.
    const refined = refineCameo({ type: ev.type, cameo: ev.cameo, trigger: ws[hit.i]!.lower, after: c.sentText.slice(trig.end - sent.start), before: c.sentText.slice(Math.max(0, trig.start - sent.start - 64), trig.start - sent.start), ...(ev.actors[0] ? { actor: ev.actors[0] } : {}) });
    if (refined) Object.assign(ev, refined);
    if (e.contexts !== undefined && e.contexts.length > 0) ev.context = [...e.contexts];
    if (quote?.speaker) ev.claimedBy = quote.speaker.text;
    else if (claim?.source) ev.claimedBy = doc.text.slice(claim.source.start, claim.source.end);
    if (place) {
      ev.location = { text: place.text, name: place.name, lat: place.lat, lon: place.lon, country: place.country, precision: place.precision };
      if (place.admin1 !== undefined) ev.location.admin1 = place.admin1;
      if (link?.relation !== undefined && place === linked) ev.location.relation = link.relation;
    }
    if (dm && dm.value !== null) {
      ev.date = dm.value;
      ev.datePrecision = dm.precision;
      ev.dateFrom = 'sentence';
    } else if (c.date !== undefined) {
      ev.date = c.date;
      ev.datePrecision = 'day';
      ev.dateFrom = 'article';
    }
    if (counts.dead) ev.dead = counts.dead;
    if (counts.injured) ev.injured = counts.injured;
    if (counts.size) ev.size = counts.size;
    if ((participants.length > 1 && !joint) || where.length > 1) ev.group = `g${c.group}`;
    if (c.primary) ev.primary = true;
    if (shifted) ev.shiftedFrom = e.type;
    out.push(ev);
  }
  return out;
}

function dedupArgs(args: readonly Arg[]): Arg[] {
  const out: Arg[] = [];
  for (const a of args) if (!out.some((b) => sameActor(a.actor, b.actor))) out.push(a);
  return out;
}

function evidence(doc: Document, c: Ctx, actor: Arg | undefined, recipient: Arg | undefined, place: PlaceMentionRef | undefined, date: DateMention | undefined): EventEvidence {
  const ev: EventEvidence = { ...evidenceSpan(doc, c.sent), sentence: c.s, trigger: evidenceSpan(doc, c.trig) };
  if (actor) ev.actor = evidenceSpan(doc, actor);
  if (recipient) ev.recipient = evidenceSpan(doc, recipient);
  if (place) ev.place = evidenceSpan(doc, place);
  if (date) ev.date = evidenceSpan(doc, date);
  return ev;
}
