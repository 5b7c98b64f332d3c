/**
 * The events stage: for every sentence, its triggers, their arguments, status, counts, date and
 * place, coded as PLOVER events (one per actor of a compound) with evidence offsets in the text
 * and in the source page; repeated tellings merged. Linear in the number of words.
 *
 * @module
 */
import type { ActorCode, ActorMention, CodedEvent, DateMention, Document, EventEvidence, PlaceMentionRef, Quantity, Quote, Stage } from '../../core/index.js';
import { cueKindsIn } from '../lexicon/index.js';
import { linkEventPlace } from '../places/index.js';
import { aimedPlaces } from './aimed-places.js';
import { eventArgs, isTemporal } from './arguments.js';
import type { Arg, EventArgs, SentenceView } from './arguments.js';
import words from './coder-words.json' with { type: 'json' };
import { casualtyKind, countsCorpses, countsVictim, eventCounts, withBodyCount } from './counts.js';
import { mergeEvents } from './dedup.js';
import { evidenceSpan } from './evidence.js';
import { clauseRoles, primaryTrigger } from './clauses.js';
import type { ClauseRole } from './clauses.js';
import { findTriggers } from './find-triggers.js';
import { inheritRecipients } from './governed-recipients.js';
import type { ClauseTrigger } from './governed-recipients.js';
import { reportedAttacks, reportedDemands, reportedWishes } from './reported-demands.js';
import { shiftType } from './shift.js';
import { governedStatus, isSpeechAct, speechActGovernors } from './speech-acts.js';
import { takenPlaces, takesTerritory } from './taken-places.js';
import { personhood, pronounPersonhood } from './personhood.js';
import type { Personhood } from './personhood.js';
import { eventStatus } from './status.js';
import type { TriggerHit } from './find-triggers.js';
import { articleDate, bySentence, wordsBySentence } from './sentence-index.js';
import type { Word } from './words.js';

const BARRIERS = new Set(words.barriers);
const ARMED_SECTORS = new Set(words.armedSectors);
const ARMED_COUNTRIES = new Set(words.armedCountries);
const OBJECT_PREPS = new Set(words.attackedPlacePreps);
const PLACE_HEADS = new Set(words.placeHeads);
const CAUSE_PREPS = new Set(words.attackCausePreps);
/** Words of a place or time adjunct between an attack noun and its verb ("A roadside bombing near the town of Samarra on Sunday killed"). */
const CAUSE_ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words of a post-modifier's phrase ("loyal to Iraq's Al-Qaeda frontman Abu Musab al-Zarqawi"). */
const POST_MODIFIER_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const PRONOUN_NUMBER = new Map<string, 'sg' | 'pl'>([['it', 'sg'], ['its', 'sg'], ['he', 'sg'], ['she', 'sg'], ['they', 'pl'], ['their', 'pl'], ['them', 'pl']]);

/** Writes the `events` layer. */
export const eventsStage: Stage = {
  name: 'events',
  version: 1,
  requires: ['text', 'paragraphs', 'sentences', 'tokens', 'referents', 'actors', 'places', 'dates', 'quantities', 'quotes'],
  assigns: ['events'],
  run(doc: Document) {
    doc.setLayer('events', codeEvents(doc));
    return doc;
  },
};

function hasCode(a: ActorCode): boolean {
  return a.country !== undefined || a.sector !== undefined;
}

function codeOf(a: ActorMention, text: string): ActorCode {
  const c: ActorCode = { text, name: a.name };
  if (a.country !== undefined) c.country = a.country;
  if (a.sector !== undefined) c.sector = a.sector;
  return c;
}

/**
 * "Five soldiers were killed in an Israeli air strike": a passive attack with no agent takes the actor of
 * the attack noun right after it ("in"/"during"/"by" + the noun phrase), which names who attacked.
 */
function attackAgents(v: SentenceView, clause: readonly (ClauseTrigger | undefined)[]): void {
  const ws = v.ws;
  for (const c of clause) {
    if (!c || !c.args.passive || c.args.actors.length > 0 || c.hit.entry.type !== 'ASSAULT' || !CAUSE_PREPS.has(ws[c.hit.last + 1]?.lower ?? '')) continue;
    const noun = clause.find((d) => d && d.hit.entry.pos === 'noun' && d.hit.entry.type === 'ASSAULT' && d.hit.i > c.hit.last && d.hit.i - c.hit.last <= 6 && d.args.actors.length > 0);
    if (noun) {
      c.args.actors.push(...noun.args.actors);
      continue;
    }
    // "killed in Israeli tank shelling": the attack word (a gerund the tagger calls a verb) right after an
    // actor phrase that opens the cause phrase; that actor attacked.
    let j = c.hit.last + 2;
    while (ws[j]?.pos === 'DET') j++;
    const k = v.actorAt[j];
    const a = k === undefined ? undefined : v.actors[k]!;
    if (!a || a.first !== j || a.mention.group !== undefined) continue;
    const cause = clause.find((d) => d && d.hit.entry.type === 'ASSAULT' && d.hit.i === a.last + 1);
    if (cause) c.args.actors.push({ actor: a.mention, start: a.mention.start, end: a.mention.end });
  }
}

/**
 * "Militants attacked a checkpoint in the Sinai, killing five Egyptian soldiers": a kill or wound participle
 * after a comma, with no subject of its own, tells the outcome of the attack before it. The attack takes its
 * victims as recipients when it names none, and the participle is no event of its own (its count stays with
 * the attack, the nearest trigger left).
 */
function attackOutcomes(ws: readonly Word[], clause: (ClauseTrigger | undefined)[]): void {
  for (const [n, c] of clause.entries()) {
    if (!c || (c.hit.entry.type !== 'ASSAULT' && c.hit.entry.type !== 'COERCE') || c.args.actors.length === 0) continue;
    const m = clause.findIndex((d, k) => k > n && d !== undefined && d.hit.i > c.hit.last && ws[d.hit.i - 1]?.lower === ','
      && ws[d.hit.i]!.pos === 'VERB' && ws[d.hit.i]!.lower.endsWith('ing') && d.hit.entry.type === 'ASSAULT' && d.args.actors.length === 0);
    const d = m >= 0 ? clause[m]! : undefined;
    if (!d || clause.slice(n + 1, m).some((x) => x !== undefined)) continue;
    if (c.args.recipients.length === 0) c.args.recipients.push(...d.args.recipients);
    clause[m] = undefined;
  }
}

/**
 * "staged mass demonstrations to demand political reforms by President Suharto's government", "continued their
 * hunger strike to demand the resignation of the President", "a hunger strike in protest of the government's
 * refusal": a protest's purpose names whom it targets. A protest with no recipient takes the coded recipients
 * of the demand in its "to" clause or of the "in protest of/against" noun.
 */
function protestPurposes(ws: readonly Word[], clause: readonly (ClauseTrigger | undefined)[]): void {
  for (const [n, c] of clause.entries()) {
    if (!c || c.hit.entry.type !== 'PROTEST' || c.args.recipients.length > 0 || c.args.actors.length === 0) continue;
    const d = clause.slice(n + 1).find((x) => x !== undefined);
    // "… to demand the resignation of X", "… in protest of the Russian government's refusal".
    const purpose = d && ((d.hit.entry.type === 'REQUEST' && ws[d.hit.i - 1]?.lower === 'to') || (d.hit.entry.type === 'PROTEST' && ws[d.hit.i - 1]?.lower === 'in'));
    if (!d || !purpose) continue;
    if (ws.slice(c.hit.last + 1, d.hit.i).some((w) => w.pos === 'PUNCT' || w.pos === 'VERB' || BARRIERS.has(w.lower))) continue;
    c.args.recipients.push(...d.args.recipients.filter((r) => hasCode(r.actor) && !c.args.actors.some((a) => sameActor(a.actor, r.actor))));
  }
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

function sameActor(a: ActorMention, b: ActorMention): boolean {
  return a.name === b.name && a.country === b.country && a.sector === b.sector;
}

/** Word range of a span (first word starting at or after `start`, last ending at or before `end`). */
function wordRange(ws: readonly Word[], start: number, end: number): [number, number] | undefined {
  let a = -1;
  let b = -1;
  for (const w of ws) {
    if (a < 0 && w.start >= start) a = w.i;
    if (w.end <= end) b = w.i;
  }
  return a >= 0 && b >= a ? [a, b] : undefined;
}

/** Whether an ambiguous trigger's arguments confirm the political reading. */
function confirmed(hit: TriggerHit, args: EventArgs): boolean {
  if (!hit.entry.ambiguous) return true;
  if (args.recipients.some((r) => hasCode(r.actor))) return true;
  if (hit.entry.type !== 'ASSAULT') return args.actors.some((a) => hasCode(a.actor)) && args.actors.some((a) => a.actor.country !== undefined);
  return args.actors.some((a) => (a.actor.sector !== undefined && ARMED_SECTORS.has(a.actor.sector)) || (a.actor.country !== undefined && ARMED_COUNTRIES.has(a.actor.country)));
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

/** Parts of speech of a noun phrase's words after a prenominal place ("the Geneva II peace conference"). */
const MODIFIED_POS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

/** Codes every event of the document. */
export function codeEvents(doc: Document): CodedEvent[] {
  const text = doc.text;
  const sentences = doc.layer('sentences') ?? [];
  const paragraphs = doc.layer('paragraphs') ?? [];
  const wordsOf = wordsBySentence(doc);
  const actorsOf = bySentence(sentences, doc.layer('actors') ?? []);
  const placesOf = bySentence(sentences, doc.layer('places') ?? []);
  const datesOf = bySentence(sentences, [...(doc.layer('dates') ?? [])].sort((a, b) => a.start - b.start));
  const quantitiesOf = bySentence(sentences, [...(doc.layer('quantities') ?? [])].sort((a, b) => a.start - b.start));
  const quotes = doc.layer('quotes') ?? [];
  const date = articleDate(doc);
  const raw: CodedEvent[] = [];
  const fromHeading = new Set<CodedEvent>();
  let lastSubjects: ActorMention[] = [];
  // Earlier subjects, latest last: "he" may skip a body named since ("Kerry met the ministry … He said").
  const earlier: ActorMention[][] = [];
  const referents = new Map((doc.layer('referents') ?? []).map((r) => [r.id, r]));
  const fits = (m: ActorMention, want: Personhood | undefined) => want === undefined || personhood(m, referents) !== (want === 'person' ? 'body' : 'person');
  let group = 0;
  sentences.forEach((sent, s) => {
    const ws = wordsOf[s]!;
    const sentText = text.slice(sent.start, sent.end);
    const heading = paragraphs[sent.paragraph]?.kind === 'h';
    const actors: SentenceView['actors'][number][] = [];
    const actorAt: (number | undefined)[] = ws.map(() => undefined);
    const blocked = new Set<number>();
    for (const m of actorsOf[s]!) {
      const r = wordRange(ws, m.start, m.end);
      if (!r) continue;
      for (let i = r[0]; i <= r[1]; i++) {
        actorAt[i] = actors.length;
        blocked.add(i);
      }
      actors.push({ mention: m, first: r[0], last: r[1] });
    }
    const placeCountryAt: (string | undefined)[] = ws.map(() => undefined);
    for (const p of placesOf[s]!) {
      const r = wordRange(ws, p.start, p.end);
      if (r) for (let i = r[0]; i <= r[1]; i++) {
        blocked.add(i);
        if (actorAt[i] === undefined) placeCountryAt[i] = p.country;
      }
    }
    const previous = lastSubjects;
    const view: SentenceView = {
      ws,
      actors,
      actorAt,
      placeCountryAt,
      text,
      ...(date === undefined ? {} : { date }),
      pronoun(i) {
        const n = PRONOUN_NUMBER.get(ws[i]!.lower);
        // "Syria says it will not accept", "the rebels said they would release": the subject of an
        // earlier clause of the same sentence comes first.
        const local = n === undefined ? undefined : clauseSubjectBefore(ws, actors, i, n);
        if (local) return local;
        // Across sentences "he"/"she" stand for a person, "it" for a body (state, organisation, group), as the article's words tell.
        const want = pronounPersonhood(ws[i]!.lower);
        // Else only an unambiguous antecedent: "it" for one earlier subject, "they" for a group or a plural noun.
        const cands = lastSubjects.length > 0 ? lastSubjects : previous;
        if (n === undefined || cands.length === 0) return undefined;
        const plural = cands.length > 1 || (cands[0]!.by === 'text' && /s$/.test(cands[0]!.text));
        if ((n === 'pl') !== plural) return undefined;
        if (n === 'pl' || fits(cands[0]!, want)) return cands;
        // The latest subject is of the other kind: the one before it of the asked kind, if one is told.
        for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - 3); k--) {
          const e = earlier[k]!;
          if (e.length === 1 && e[0] !== cands[0] && !isPlural(e[0]!) && want !== undefined && personhood(e[0]!, referents) === want) return e;
        }
        return undefined;
      },
    };
    const nonPolitical = cueKindsIn(sentText).includes('nonPolitical');
    // Arguments first: only triggers that make an event compete for the sentence's dates and counts.
    const hits: { hit: TriggerHit; args: EventArgs; named: boolean; role: ClauseRole; governor: ClauseTrigger | undefined; unknownActor: boolean; unidentified?: { start: number; end: number } }[] = [];
    const lexical = findTriggers(ws, blocked);
    const taken = new Set(lexical.flatMap((h) => [h.i, h.last]));
    const found = [...lexical, ...reportedDemands(view, taken), ...reportedWishes(view, taken), ...reportedAttacks(view, taken, lexical)].sort((a, b) => a.i - b.i);
    const roles = clauseRoles(ws, found);
    const triggerWords = new Set(found.map((h) => h.i));
    // Arguments in sentence order: later pronouns refer back to an earlier trigger's subject ("Isis launched … as it recaptured").
    const clause: (ClauseTrigger | undefined)[] = found.map((hit, h) => {
      if (nonPolitical && hit.entry.ambiguous) return undefined;
      // "expel exiled leaders", "freed detained journalists": a participle right after another trigger's verb,
      // before a noun, describes that verb's object; no event of its own.
      const w = ws[hit.i]!;
      if (h > 0 && w.pos === 'VERB' && /(ed|en)$/.test(w.lower) && found[h - 1]!.last === hit.i - 1 && ws[hit.i - 1]!.pos === 'VERB' && (ws[hit.i + 1]?.pos === 'NOUN' || actorAt[hit.i + 1] !== undefined)) return undefined;
      const args = eventArgs(view, hit);
      if (!heading && args.actors.length > 0) {
        lastSubjects = args.actors.map((a) => a.actor);
        earlier.push(lastSubjects);
      }
      // A reduced relative ("officials accused of …") modifies a noun of the clause: never its main event.
      return { hit, args, role: args.reduced ? 'subordinate' : roles[h]! };
    });
    inheritRecipients(view, clause.filter((c): c is ClauseTrigger => c !== undefined));
    attackAgents(view, clause);
    attackOutcomes(ws, clause);
    protestPurposes(ws, clause);
    const governors = speechActGovernors(ws, clause);
    for (const [n, c] of clause.entries()) {
      if (!c) continue;
      const { hit, args, role } = c;
      const governor = governors[n];
      // "push for a Syria ceasefire", "threatened sanctions": an event noun that is the object of a demand or
      // threat is what was asked for; the speech act codes it, and it did not happen.
      if (requestedNoun(ws, clause, n)) continue;
      // "demanded that Hamas renounce violence" with no speaker found: the demand is still what happened,
      // coded with an unknown actor (as the unknown-actor attack rule); the demanded action never takes its place.
      let unknownActor = false;
      if (isSpeechAct(c) && governors.includes(c) && !args.actors.some((a) => hasCode(a.actor) || a.actor.referent !== undefined)) {
        // "It reiterated its demand that …": the possessive owner is the speaker.
        const owner = ws[hit.i - 1];
        // Only the previous sentence's subject: this sentence's own subjects are the demand's addressees.
        const n = owner && owner.pos === 'PRON' ? PRONOUN_NUMBER.get(owner.lower) : undefined;
        const resolved = n !== undefined && previous.length > 0 && (n === 'pl') === (previous.length > 1 || isPlural(previous[0]!)) && (n === 'pl' || fits(previous[0]!, pronounPersonhood(owner!.lower))) ? previous : undefined;
        if (resolved) args.actors.splice(0, args.actors.length, ...resolved.map((actor) => ({ actor, start: owner!.start, end: owner!.end })));
        else {
          // The addressee: the subject of the governed clause when the demand names none.
          if (!args.recipients.some((r) => hasCode(r.actor))) args.recipients.push(...clause[governors.indexOf(c)]!.args.actors.filter((a) => hasCode(a.actor)));
          unknownActor = args.recipients.some((r) => hasCode(r.actor));
          if (unknownActor) {
            hits.push({ hit, args, named: false, role, governor, unknownActor });
            continue;
          }
        }
      }
      // "Three Iraqi civilians have been killed in a car bombing": PLOVER codes the attack with an
      // unknown actor and the victims as recipient; only a passive ASSAULT with a coded victim (which also
      // satisfies the ambiguous-trigger rule: a coded recipient).
      const victimOnly = args.actors.length === 0 && args.passive && hit.entry.type === 'ASSAULT' && args.recipients.some((r) => hasCode(r.actor));
      // "A roadside bombing killed five soldiers": an attack noun as the subject of an attack verb names no
      // actor; PLOVER codes the attack with an unknown actor and the victims as recipient, as for the passive.
      const causeSubject = args.actors.length === 0 && !args.passive && hit.entry.type === 'ASSAULT' && args.recipients.some((r) => hasCode(r.actor))
        && found.some((f) => f.entry.pos === 'noun' && f.entry.type === 'ASSAULT' && f.last < hit.i && ws.slice(f.last + 1, hit.i).every((w) => w.pos === 'AUX' || w.pos === 'ADV' || isTemporal(ws, w.i) || CAUSE_ADJUNCT_POS.has(w.pos)));
      const named = (args.actors.length === 0 && isNamedMeeting(ws, hit)) || victimOnly || causeSubject;
      // The attacker the text does not name is PLOVER's unidentified actor (sector UNK), named by the attack noun if any.
      const cause = causeSubject ? causeNoun(ws, found, hit) : victimOnly ? { start: ws[hit.i]!.start, end: ws[hit.i]!.start } : undefined;
      if (named || (args.actors.some((a) => hasCode(a.actor) || a.actor.referent !== undefined) && confirmed(hit, args))) hits.push({ hit, args, named, role, governor, unknownActor, ...(cause ? { unidentified: cause } : {}) });
    }
    const primary = primaryTrigger(hits.map((h) => h.role));
    // Each date and count belongs to the event trigger nearest to it ("held talks before the summit to be held on 22 January").
    const nearest = (at: number) => {
      let best = -1;
      hits.forEach((h, k) => {
        if (best < 0 || Math.abs(ws[h.hit.i]!.start - at) < Math.abs(ws[hits[best]!.hit.i]!.start - at)) best = k;
      });
      return best;
    };
    const datesFor = hits.map(() => [] as DateMention[]);
    for (const d of datesOf[s]!) datesFor[nearest(d.start)]?.push(d);
    const countsFor = hits.map(() => [] as Quantity[]);
    // A count on a kill or wound event's victim phrase is that event's casualty count, however far the
    // trigger ("as many as 100 opponents taken prisoner by Isis have been killed"); others go to the nearest trigger.
    const victims = new Set<Quantity>();
    for (const q of quantitiesOf[s]!) {
      const k = hits.findIndex((h) => casualtyKind(h.hit.entry.type, ws[h.hit.i]!.text) !== undefined && h.args.recipients.some((r) => countsVictim(q, r)));
      if (k >= 0) victims.add(q);
      countsFor[k >= 0 ? k : nearest(q.start)]?.push(q);
    }
    hits.forEach(({ hit, args, named, role, governor, unknownActor, unidentified }, k) => {
      if (named && args.recipients.length === 0 && !datesFor[k]!.some((d) => d.start > ws[hit.i]!.start)) return;
      const trig = { start: ws[hit.i]!.start, end: ws[hit.last]!.end };
      // A place after another event's trigger belongs to that event: "the two leaders discussed Russia's
      // air strikes in Syria" met elsewhere; the strikes were in Syria.
      // Only an event with its own, other actor takes the place ("Russia's air strikes"); "promised to
      // continue military aid to Mozambique" is one event told by two triggers.
      const own = (o: EventArgs) => o.actors.length > 0 && !o.actors.some((a) => args.actors.some((b) => sameActor(a.actor, b.actor)));
      const nextTrigger = hits.filter((h) => ws[h.hit.i]!.start >= trig.end && own(h.args)).map((h) => ws[h.hit.i]!.start)[0];
      // A possessor is an owner, not a location ("discussed Russia's air strikes", "leaders of Romania's government").
      const possessive = (p: PlaceMentionRef) => /^['’]s?\b/.test(text.slice(p.end, p.end + 3));
      // A place that modifies a later noun belongs to that noun ("agreed that a purpose of the Geneva meeting is …").
      // A country name there reads as its people ("a US offer"): only cities and regions are venues.
      const modifier = (p: PlaceMentionRef) => {
        const next = ws.findIndex((w) => w.start >= p.end);
        if (next <= hit.last || p.precision === 'country' || !/^\s*$/.test(text.slice(p.end, ws[next]!.start))) return false;
        for (let j = next; j < Math.min(ws.length, next + 4) && MODIFIED_POS.has(ws[j]!.pos); j++) if (triggerWords.has(j)) return true;
        return false;
      };
      // A place named as some event's actor is that actor, not a location ("The US and Russia have discussed
      // a ceasefire …, as the civil war between rival rebel groups intensifies": the war is not in Russia).
      const acting = (p: PlaceMentionRef) => hits.some((h) => h.args.actors.some((a) => a.start < p.end && p.start < a.end));
      const places = placesOf[s]!.filter((p) => (nextTrigger === undefined || p.start < nextTrigger) && !possessive(p) && !modifier(p) && !acting(p));
      const built = buildEvents(doc, hit, args, { s, sent, sentText, ws, trig, places, dates: datesFor[k]!, quantities: countsFor[k]!, victims, quotes, date, group: ++group, role, primary: k === primary, governor, unknownActor, unidentified });
      for (const e of built) {
        raw.push(e);
        if (heading) fromHeading.add(e);
      }
    });
    // "About 70 bodies … were collected": a body count in a sentence with no killing of its own counts the
    // victims of the killing told in the paragraph's sentence or two before; that killing gets the count
    // and this sentence as a further evidence.
    if (!hits.some((h) => casualtyKind(h.hit.entry.type, ws[h.hit.i]!.text) === 'dead')) {
      for (const q of quantitiesOf[s]!.filter(countsCorpses)) {
        const killing = (e: CodedEvent) => casualtyKind(e.type, text.slice(e.start, e.end)) === 'dead' && !fromHeading.has(e);
        const last = [...raw].reverse().find((e) => killing(e) && e.evidence[0]!.sentence >= s - 2 && sentences[e.evidence[0]!.sentence]?.paragraph === sent.paragraph);
        for (const e of raw.filter((x) => last !== undefined && x.start === last.start && killing(x))) {
          e.dead = withBodyCount(e.dead, q);
          e.evidence.push({ ...evidenceSpan(doc, sent), sentence: s, trigger: evidenceSpan(doc, q.noun!) });
        }
      }
    }
    const firstActor = actors[0];
    if (hits.length === 0 && firstActor && firstActor.first <= 1 && !heading) {
      lastSubjects = [firstActor.mention];
      earlier.push(lastSubjects);
    }
  });
  return mergeEvents(raw, fromHeading);
}

interface Ctx {
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
}

function buildEvents(doc: Document, hit: TriggerHit, args: EventArgs, c: Ctx): CodedEvent[] {
  const { ws, trig, sent } = c;
  const e = hit.entry;
  // Status window: from just before the subject to the trigger; a few words after event nouns.
  let from = Math.max(0, args.subjectFirst ?? hit.i - 6);
  for (let j = from - 1; j >= Math.max(0, from - 2) && ws[j]!.pos !== 'PUNCT' && !BARRIERS.has(ws[j]!.lower); j--) from = j;
  const before = doc.text.slice(ws[from]!.start, trig.end);
  const afterEnd = ws[Math.min(ws.length - 1, hit.last + 5)]!.end;
  const after = doc.text.slice(trig.end, afterEnd);
  const quote = c.quotes.find((q) => q.start <= trig.start && trig.end <= q.end && q.speaker !== undefined);
  const dm = nearestDate(c.dates, trig.start);
  const future = dm?.value != null && c.date !== undefined && dateStart(dm.value) > c.date;
  // The trigger's own word is no cue: "rejected", "refused", "cancelled" name the event, they do not negate it.
  const cues = doc.text.slice(ws[from]!.start, trig.start);
  const told = eventStatus(cues, after, quote !== undefined, future);
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
    const recips = (joint ? [] : args.symmetric ? participants.filter((p) => p !== actor) : recipients).filter((r) => actor === undefined || !sameActor(r.actor, actor.actor));
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
      ? (type === 'ASSAULT' || type === 'COERCE' ? objectPlace(ws, hit, c.places) : e.type === 'RETREAT' ? leftPlace(ws, hit, c.places) : undefined)
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
    if (e.mode !== undefined && !shifted) ev.mode = e.mode;
    if (e.contexts !== undefined && e.contexts.length > 0) ev.context = [...e.contexts];
    if (quote?.speaker) ev.claimedBy = quote.speaker.text;
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

/** Whether an actor phrase reads as plural ("officials", "the rebels"; not "the United States"). */
function isPlural(m: ActorMention): boolean {
  return m.by === 'text' && /s$/.test(m.text);
}

/**
 * The subject of an earlier clause in the sentence that a pronoun at `i` can stand for: the
 * nearest actor phrase before it followed (over adverbs and time words) by a verb, whose number
 * fits ("it" singular; "they" plural or a state, "Palestinian leaders said they"). Its kind (person
 * or body) is not asked: tried, PLOVER check actor F1 0.766 -> 0.762 (the number alone decides there).
 */
function clauseSubjectBefore(ws: readonly Word[], actors: SentenceView['actors'], i: number, n: 'sg' | 'pl'): ActorMention[] | undefined {
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (a.last >= i || a.mention.by === 'pronoun') continue;
    const prev = ws[a.first - 1]?.lower;
    if (prev !== undefined && ['in', 'at', 'from', 'of', 'by', 'to', 'with', 'near', 'into'].includes(prev)) continue;
    let j = a.last + 1;
    // "Militants loyal to Zarqawi said they …": over an adjective's post-modifier (tried with participles too:
    // "X based in Y said it …"; PLOVER check type 0.590 -> 0.584, actor F1 0.748 -> 0.741).
    const mod = ws[j];
    if (mod && mod.pos === 'ADJ' && ws[j + 1]?.pos === 'ADP') {
      j += 2;
      while (j < i && POST_MODIFIER_POS.has(ws[j]!.pos)) j++;
    }
    while (j < i && (ws[j]!.pos === 'ADV' || ws[j]!.pos === 'AUX' || isTemporal(ws, j))) j++;
    if (j >= i || ws[j]!.pos !== 'VERB') continue;
    const members = a.mention.group === undefined ? [a.mention] : actors.filter((x) => x.mention.group === a.mention.group).map((x) => x.mention);
    const plural = members.length > 1 || isPlural(a.mention);
    if (n === 'sg' ? !plural : plural || a.mention.by !== 'text') return members;
    return undefined;
  }
  return undefined;
}

/**
 * Whether the trigger at `n` is an event noun in the object of an earlier demand, appeal or threat of
 * the sentence ("push for Syria ceasefire", "demanded the withdrawal", "threatened sanctions"): only
 * noun-phrase words between them. "called for an end to fighting" names the fighting under a
 * preposition of its own: it goes on.
 */
function requestedNoun(ws: readonly Word[], clause: readonly (ClauseTrigger | undefined)[], n: number): boolean {
  const c = clause[n];
  if (!c || c.hit.entry.pos === 'verb' || ws[c.hit.i]!.pos !== 'NOUN') return false;
  for (let k = n - 1; k >= 0; k--) {
    const t = clause[k];
    if (!t) continue;
    if (!isSpeechAct(t) || t.hit.last >= c.hit.i) return false;
    return ws.slice(t.hit.last + 1, c.hit.i).every((w) => NOUN_PHRASE_POS.has(w.pos) || (w.lower === 'for' && w.i === t.hit.last + 1));
  }
  return false;
}

/** Words that may stand between a demand and the event noun it asks for. */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** The attack noun phrase before an attack verb that it is the subject of ("A roadside bombing … killed"). */
function causeNoun(ws: readonly Word[], found: readonly TriggerHit[], hit: TriggerHit): { start: number; end: number } {
  const f = found.filter((x) => x.entry.pos === 'noun' && x.entry.type === 'ASSAULT' && x.last < hit.i).pop()!;
  let a = f.i;
  while (a > 0 && NOUN_PHRASE_POS.has(ws[a - 1]!.pos)) a--;
  let b = f.last;
  while (ws[b + 1]?.pos === 'NOUN') b++;
  return { start: ws[a]!.start, end: ws[b]!.end };
}

/** An event noun named by a proper noun before it: "the Geneva II peace conference", "the G20 summit". */
function isNamedMeeting(ws: readonly Word[], hit: TriggerHit): boolean {
  if (hit.entry.type !== 'CONSULT' || ws[hit.i]!.pos !== 'NOUN') return false;
  for (let j = hit.i - 1; j >= Math.max(0, hit.i - 3); j--) {
    const w = ws[j]!;
    if (w.pos === 'PROPN') return true;
    if (w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'NUM') return false;
  }
  return false;
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
