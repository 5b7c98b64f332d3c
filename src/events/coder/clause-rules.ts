/**
 * Rules across the triggers of one sentence: a passive attack's agent from the attack noun after it,
 * an attack's outcome participle ("…, killing five soldiers"), a protest's purpose, an event noun
 * asked for by a demand (no event of its own), an ambiguous trigger confirmed by its arguments, and
 * the unnamed attacker's or meeting's words.
 *
 * @module
 */
import type { ActorCode } from '../../core/index.js';
import { sameActor } from './actor-phrases.js';
import type { EventArgs, SentenceView } from './actor-phrases.js';
import words from './coder-words.json' with { type: 'json' };
import type { TriggerHit } from './find-triggers.js';
import type { ClauseTrigger } from './governed-recipients.js';
import { isSpeechAct } from './speech-acts.js';
import type { Word } from './words.js';

const BARRIERS = new Set(words.barriers);
const ARMED_SECTORS = new Set(words.armedSectors);
const ARMED_COUNTRIES = new Set(words.armedCountries);
const CAUSE_PREPS = new Set(words.attackCausePreps);

/** Whether an actor has a code (a country or a sector). */
export function hasCode(a: ActorCode): boolean {
  return a.country !== undefined || a.sector !== undefined;
}

/**
 * "Five soldiers were killed in an Israeli air strike": a passive attack with no agent takes the actor of
 * the attack noun right after it ("in"/"during"/"by" + the noun phrase), which names who attacked.
 */
export function attackAgents(v: SentenceView, clause: readonly (ClauseTrigger | undefined)[]): void {
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
export function attackOutcomes(ws: readonly Word[], clause: (ClauseTrigger | undefined)[]): void {
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
export function protestPurposes(ws: readonly Word[], clause: readonly (ClauseTrigger | undefined)[]): void {
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

/** Whether an ambiguous trigger's arguments confirm the political reading. */
export function confirmed(hit: TriggerHit, args: EventArgs): boolean {
  if (!hit.entry.ambiguous) return true;
  if (args.recipients.some((r) => hasCode(r.actor))) return true;
  if (hit.entry.type !== 'ASSAULT') return args.actors.some((a) => hasCode(a.actor)) && args.actors.some((a) => a.actor.country !== undefined);
  return args.actors.some((a) => (a.actor.sector !== undefined && ARMED_SECTORS.has(a.actor.sector)) || (a.actor.country !== undefined && ARMED_COUNTRIES.has(a.actor.country)));
}

/**
 * Whether the trigger at `n` is an event noun in the object of an earlier demand, appeal or threat of
 * the sentence ("push for Syria ceasefire", "demanded the withdrawal", "threatened sanctions"): only
 * noun-phrase words between them. "called for an end to fighting" names the fighting under a
 * preposition of its own: it goes on.
 */
export function requestedNoun(ws: readonly Word[], clause: readonly (ClauseTrigger | undefined)[], n: number): boolean {
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
export function causeNoun(ws: readonly Word[], found: readonly TriggerHit[], hit: TriggerHit): { start: number; end: number } {
  const f = found.filter((x) => x.entry.pos === 'noun' && x.entry.type === 'ASSAULT' && x.last < hit.i).pop()!;
  let a = f.i;
  while (a > 0 && NOUN_PHRASE_POS.has(ws[a - 1]!.pos)) a--;
  let b = f.last;
  while (ws[b + 1]?.pos === 'NOUN') b++;
  return { start: ws[a]!.start, end: ws[b]!.end };
}

/** An event noun named by a proper noun before it: "the Geneva II peace conference", "the G20 summit". */
export function isNamedMeeting(ws: readonly Word[], hit: TriggerHit): boolean {
  if (hit.entry.type !== 'CONSULT' || ws[hit.i]!.pos !== 'NOUN') return false;
  for (let j = hit.i - 1; j >= Math.max(0, hit.i - 3); j--) {
    const w = ws[j]!;
    if (w.pos === 'PROPN') return true;
    if (w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'NUM') return false;
  }
  return false;
}
