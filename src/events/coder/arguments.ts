/**
 * Argument finding: who did it and to whom, from word order and part-of-speech tags. The subject
 * is the actor phrase before the verb (stepping over auxiliaries, adverbs and "is willing to"),
 * the object the actor phrase right after it; prepositions give further roles ("with", "against",
 * "on", "by" in passives); event nouns take a possessor or modifier ("Israeli air strikes"), the
 * subject of a light verb ("launched an attack") or their prepositional complements.
 *
 * @module
 */
import { CO_ACTOR_DEFAULT, argsAfter } from './objects.js';
import type { Arg, EventArgs, SentenceView } from './actor-phrases.js';
import words from './coder-words.json' with { type: 'json' };
import type { TriggerHit } from './find-triggers.js';
import { claimedFor, engagedIn, lightVerbBefore, nounModifier } from './noun-subjects.js';
import { accusedSubject, patientBefore, subjectBefore, subjectOverRelative } from './subjects.js';
import { isPassive, reducedRelativeAux } from './voice.js';

export type { Arg, EventArgs, SentenceView } from './actor-phrases.js';
export { isTemporal } from './temporal.js';

const ARMED_SECTORS = new Set(words.armedSectors);

/** Finds the arguments of one trigger in its sentence. */
export function eventArgs(v: SentenceView, hit: TriggerHit): EventArgs {
  const e = hit.entry;
  const w = v.ws[hit.i]!;
  // Reduced relatives ("opponents taken prisoner by Isis") are passives too.
  const after = (hit.object ?? hit.last) + 1;
  let b = after;
  while (v.ws[b]?.pos === 'ADV') b++;
  // "by" after a bound noun right at the verb is the verb's agent ("taken prisoner by Isis"); after
  // a fuller object phrase it is the noun's ("rejected recent calls by Belarus").
  const byNext = v.ws[b]?.lower === 'by' && (hit.object === undefined || hit.object === hit.last + 1);
  const reduced = e.pos !== 'noun' && reducedRelativeAux(v, hit.i) >= 0;
  const passive = e.pos !== 'noun' && w.pos === 'VERB' && (reduced || isPassive(v, hit.i) || (byNext && /(ed|en|wn)$/.test(w.lower)));
  // An actor inside the bound object's phrase is the object ("rejected an Australian ultimatum").
  const objectActor = hit.object !== undefined && v.ws.slice(hit.last + 1, hit.object).some((x) => v.actorAt[x.i] !== undefined);
  const right = argsAfter(v, hit, objectActor ? hit.last + 1 : after, passive, !objectActor && hit.object !== undefined);
  let subject: { args: Arg[]; first: number; own?: number } | undefined;
  let engaged: Arg[] | undefined;
  let agentBefore: Arg[] | undefined;
  let claimed = false;
  if (w.pos === 'VERB') {
    subject = subjectOverRelative(v, hit.i) ?? subjectBefore(v, hit.i);
    if (subject && subject.first < 0) {
      // "by X" before the verb: X is the agent; the subject (if an actor) lies before it.
      // "Rebels backed by Turkey attacked": the phrase the participle modifies is the subject either way.
      agentBefore = subject.args;
      subject = patientBefore(v, -1 - subject.first);
    }
  }
  else {
    const mod = nounModifier(v, hit.i);
    if (mod) subject = { args: mod, first: hit.i - 1 };
    // "accused Ukraine of shelling Donetsk": a gerund read as a noun is the accused's act.
    else if (accusedSubject(v, hit.i)) subject = accusedSubject(v, hit.i);
    else {
      const light = lightVerbBefore(v, hit.i);
      const claim = light === undefined ? claimedFor(v, hit.i) : undefined;
      const lv = light ?? claim;
      if (claim !== undefined) claimed = true;
      if (lv !== undefined) subject = subjectBefore(v, lv);
      else {
        const eng = engagedIn(v, hit.i);
        if (eng) {
          subject = subjectBefore(v, eng.verb);
          engaged = eng.object;
        }
      }
    }
  }
  const actors: Arg[] = [];
  const recipients: Arg[] = [];
  const coActors: Arg[] = [];
  const between: Arg[] = [];
  const byActor = right.preps.filter((p) => p.role === 'actor').flatMap((p) => p.args);
  if (passive) {
    actors.push(...byActor);
    if (actors.length === 0 && agentBefore) actors.push(...agentBefore);
    if (subject) recipients.push(...subject.args);
    if (right.object) recipients.push(...right.object);
  } else {
    if (subject) {
      if (e.subjectRole === 'recipient') recipients.push(...subject.args);
      else if (e.subjectRole === 'actor') actors.push(...subject.args);
    }
    actors.push(...byActor);
    // "Britain mobilized army reservists", "France deployed troops to Mali": the force mobilised is no recipient.
    if (right.object && e.type === 'MOBILIZE' && right.object.every((o) => o.actor.sector !== undefined && ARMED_SECTORS.has(o.actor.sector))) delete right.object;
    if (right.object) {
      if (e.objectRole === 'recipient') recipients.push(...right.object);
      else if (e.objectRole === 'co-actor') coActors.push(...right.object);
      else if (e.objectRole === 'actor') actors.push(...right.object);
    }
  }
  for (const p of right.preps) {
    if (p.role === 'recipient') recipients.push(...p.args);
    else if (p.role === 'co-actor') (p.between ? between : coActors).push(...p.args);
  }
  // "Moroccan diplomats held a meeting with President Obama", "they would meet U.N. mediator Diego
  // Cordovez", "shared evidence with the U.S.": a partner named as object or after "with" is the
  // recipient of the subject's action (the PLOVER gold codes these dyads actor -> recipient); only a
  // coordinated subject or "between" makes all participants actors. Two-sided fighting stays symmetric.
  if (actors.length > 0 && coActors.length > 0 && e.type !== 'ASSAULT') recipients.push(...coActors.splice(0));
  // "… and meet with exiled dissidents" with no subject found: a partner alone is no participant list (only
  // "between" names all sides).
  if (actors.length === 0) coActors.splice(0);
  // "shared evidence with the U.S. about contacts between al Qaeda and …": a "between" after a named
  // recipient belongs to a deeper noun.
  if (recipients.length === 0) coActors.push(...between);
  // "accepted demands from Shona rebels", "expelled inspectors of the IAEA": no recipient named, the
  // first actor in a complement of the object noun is whom the action concerns.
  const complement = right.nounComplements[0];
  if (recipients.length === 0 && coActors.length === 0 && complement) {
    const others = complement.filter((r) => !actors.some((a) => a.actor.name === r.actor.name && a.actor.country === r.actor.country));
    recipients.push(...others);
  }
  if (engaged && recipients.length === 0) recipients.push(...engaged.filter((r) => !actors.some((a) => a.actor === r.actor)));
  const compound = actors.length > 1 && recipients.length === 0 && (e.objectRole === 'co-actor' || CO_ACTOR_DEFAULT.has(e.type));
  const symmetric = coActors.length > 0 || compound;
  const out: EventArgs = { actors: symmetric ? [...actors, ...coActors] : actors, recipients, symmetric, passive };
  if (subject) out.subjectFirst = subject.first;
  if (subject?.own !== undefined) out.ownFrom = subject.own;
  if (reduced) out.reduced = true;
  if (claimed && subject) out.claimed = true;
  return out;
}
