/**
 * The events stage: for every sentence, its triggers, their arguments, status, counts, date and
 * place, coded as PLOVER events (one per actor of a compound) with evidence offsets in the text
 * and in the source page; repeated tellings merged. Linear in the number of words.
 *
 * @module
 */
import type { ActorMention, CodedEvent, DateMention, Document, PlaceMentionRef, Quantity, Stage } from '../../core/index.js';
import { complementCameo, cueKindsIn } from '../lexicon/index.js';
import { sameActor } from './actor-phrases.js';
import type { SentenceView } from './actor-phrases.js';
import { eventArgs, isTemporal } from './arguments.js';
import type { EventArgs } from './arguments.js';
import { buildEvents } from './build-events.js';
import { attackAgents, attackOutcomes, causeNoun, confirmed, hasCode, isNamedMeeting, protestPurposes, requestedNoun } from './clause-rules.js';
import { casualtyKind, countsCorpses, countsVictim, withBodyCount } from './counts.js';
import { mergeEvents } from './dedup.js';
import { evidenceSpan } from './evidence.js';
import { clauseRoles, primaryTrigger } from './clauses.js';
import type { ClauseRole } from './clauses.js';
import { findTriggers } from './find-triggers.js';
import { inheritRecipients } from './governed-recipients.js';
import type { ClauseTrigger } from './governed-recipients.js';
import { agreeingMention, clauseSubjectBefore, isPlural, PRONOUN_NUMBER } from './pronouns.js';
import { reportedAttacks, reportedDemands, reportedWishes } from './reported-demands.js';
import { isSpeechAct, speechActGovernors } from './speech-acts.js';
import { personhood, pronounPersonhood } from './personhood.js';
import type { Personhood } from './personhood.js';
import { inCondition } from './status.js';
import type { TriggerHit } from './find-triggers.js';
import { articleDate, bySentence, wordsBySentence } from './sentence-index.js';
import type { Word } from './words.js';

/** Words of a place or time adjunct between an attack noun and its verb ("A roadside bombing near the town of Samarra on Sunday killed"). */
const CAUSE_ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

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
  // Events whose actor a responsibility claim names: dedup folds them into the attack told before.
  const claims = new Set<CodedEvent>();
  let lastSubjects: ActorMention[] = [];
  // Earlier subjects, latest last: "he" may skip a body named since ("Kerry met the ministry … He said").
  const earlier: ActorMention[][] = [];
  const referents = new Map((doc.layer('referents') ?? []).map((r) => [r.id, r]));
  const fits = (m: ActorMention, want: Personhood | undefined) => want === undefined || personhood(m, referents) !== (want === 'person' ? 'body' : 'person');
  let group = 0;
  // The lead (the headings before the body's first sentence, and that sentence) is the only place the
  // classifier's fallback trigger may code a sentence with no lexicon trigger: on whole articles its
  // body events were noise (article-events precision), while a story's lead states its event.
  let bodySeen = false;
  sentences.forEach((sent, s) => {
    const ws = wordsOf[s]!;
    const sentText = text.slice(sent.start, sent.end);
    const heading = paragraphs[sent.paragraph]?.kind === 'h';
    const actors: SentenceView['actors'][number][] = [];
    const actorAt: (number | undefined)[] = ws.map(() => undefined);
    const blocked = new Set<number>();
    // "Gunmen ambushed a convoy near Peshawar": an actor the article gives no country (no state named
    // anywhere for the context rule) is of the country where the sentence's places all lie.
    const placeCountries = new Set(placesOf[s]!.map((p) => p.country));
    const lent = placeCountries.size === 1 ? [...placeCountries][0] : undefined;
    for (const found of actorsOf[s]!) {
      const m = lent !== undefined && found.country === undefined && found.sector !== undefined && found.sector !== 'UNK' ? { ...found, country: lent, by: 'context' } : found;
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
    /** The earlier subject a pronoun of number `n` and kind `want` stands for, if one agrees. */
    const subjectAntecedent = (n: 'sg' | 'pl', want: Personhood | undefined): ActorMention[] | undefined => {
      const cands = lastSubjects.length > 0 ? lastSubjects : previous;
      if (cands.length === 0) return undefined;
      const plural = cands.length > 1 || (cands[0]!.by === 'text' && /s$/.test(cands[0]!.text));
      if ((n === 'pl') !== plural) return undefined;
      if (n === 'pl' || fits(cands[0]!, want)) return cands;
      // The latest subject is of the other kind: the one before it of the asked kind, if one is told.
      for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - 3); k--) {
        const e = earlier[k]!;
        if (e.length === 1 && e[0] !== cands[0] && !isPlural(e[0]!) && want !== undefined && personhood(e[0]!, referents) === want) return e;
      }
      return undefined;
    };
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
        // In a condition ("could attend only if it agreed") the pronoun names the party the condition is set for,
        // never a subject of the other kind (the person who reports it).
        if (local && !(inCondition(ws, i) && !local.every((m) => fits(m, pronounPersonhood(ws[i]!.lower))))) return local;
        // Across sentences "he"/"she" stand for a person, "it" for a body (state, organisation, group), as the article's words tell.
        const want = pronounPersonhood(ws[i]!.lower);
        if (n === undefined) return undefined;
        // Else only an unambiguous antecedent: "it" for one earlier subject, "they" for a group or a plural noun;
        // when no subject agrees with "it", "he" or "she", the one actor of the sentence before or of this one
        // (before the pronoun) that does. ("They" for a coordination or plural phrase there was tried: on the
        // article-events check half it added five events, none right; precision 0.470 -> 0.456.)
        const subject = subjectAntecedent(n, want);
        if (subject || want === undefined) return subject;
        return agreeingMention([...(actorsOf[s - 1] ?? []), ...actors.filter((a) => a.last < i).map((a) => a.mention)], want, (m) => personhood(m, referents));
      },
    };
    const nonPolitical = cueKindsIn(sentText).includes('nonPolitical');
    // Arguments first: only triggers that make an event compete for the sentence's dates and counts.
    const hits: { hit: TriggerHit; args: EventArgs; named: boolean; role: ClauseRole; governor: ClauseTrigger | undefined; unknownActor: boolean; unidentified?: { start: number; end: number }; crowd?: boolean }[] = [];
    const lexical = findTriggers(ws, blocked, { fallback: !bodySeen });
    if (!heading) bodySeen = true;
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
    // "urged Hamas to release the hostages": the act asked for or threatened gives the speech act its CAMEO sub-code (0253).
    const governedAct = new Map<TriggerHit, string>();
    governors.forEach((g, n) => {
      if (g && !governedAct.has(g.hit)) governedAct.set(g.hit, clause[n]!.hit.entry.cameo);
    });
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
      // "Protests erupted in Cairo", "Thousands demonstrated in Kiev": PLOVER's PROTEST is civilian collective action,
      // so a protest with no actor named is the civilians' of the place where it happened (coded only when it has one).
      const crowd = args.actors.length === 0 && hit.entry.type === 'PROTEST' && placesOf[s]!.length > 0
        && (!hit.entry.ambiguous || args.recipients.some((r) => hasCode(r.actor)));
      if (crowd) hits.push({ hit, args, named: false, role, governor, unknownActor, crowd });
      else if (named || (args.actors.some((a) => hasCode(a.actor) || a.actor.referent !== undefined) && confirmed(hit, args))) hits.push({ hit, args, named, role, governor, unknownActor, ...(cause ? { unidentified: cause } : {}) });
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
    hits.forEach(({ hit, args, named, role, governor, unknownActor, unidentified, crowd }, k) => {
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
      const built = buildEvents(doc, hit, args, { s, sent, sentText, ws, trig, places, dates: datesFor[k]!, quantities: countsFor[k]!, victims, quotes, date, group: ++group, role, primary: k === primary, governor, unknownActor, unidentified, crowd: crowd === true });
      const act = governedAct.get(hit);
      for (const e of built) {
        const sub = act === undefined ? undefined : complementCameo(e.cameo, act);
        if (sub) Object.assign(e, sub);
        raw.push(e);
        if (heading) fromHeading.add(e);
        if (args.claimed) claims.add(e);
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
  return mergeEvents(raw, fromHeading, claims);
}
