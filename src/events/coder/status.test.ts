import { describe, expect, test } from 'vitest';
import { claimOf, cueWindowStart, datePlans, eventStatus, inCondition, outsideQuote, requestedAct } from './status.js';
import { taggedWords } from './tagged-words.js';
import type { Word } from './words.js';

/** Words from "text/POS" pairs, so the tests do not depend on the tagger. */
const words = taggedWords;

/** The sentence text of tagged words and the index of the word `trigger` (its first occurrence). */
function parse(tagged: string, trigger: string): { ws: Word[]; text: string; i: number } {
  const ws = words(tagged);
  return { ws, text: ws.map((w) => w.text).join(' '), i: ws.findIndex((w) => w.text === trigger) };
}

describe('inCondition: an event set as a condition', () => {
  test.each([
    ['Kerry/PROPN said/VERB Iran/PROPN could/AUX attend/VERB only/ADV if/SCONJ it/PRON agreed/VERB', 'agreed', true],
    ['The/DET army/NOUN will/AUX withdraw/VERB unless/SCONJ the/DET rebels/NOUN attack/VERB', 'attack', true],
    ['Talks/NOUN resume/VERB provided/VERB that/SCONJ Hamas/PROPN releases/VERB the/DET hostages/NOUN', 'releases', true],
    ['Aid/NOUN flows/VERB on/ADP condition/NOUN that/SCONJ the/DET army/NOUN withdraws/VERB', 'withdraws', true],
    ['Israel/PROPN will/AUX respond/VERB if/SCONJ Hamas/PROPN fires/VERB rockets/NOUN', 'fires', true],
    // The condition's own clause ends at the comma: the main clause after it is no condition.
    ['If/SCONJ Hamas/PROPN fires/VERB ,/PUNCT Israel/PROPN will/AUX respond/VERB', 'respond', false],
    // What comes before the opener is not in the condition.
    ['The/DET army/NOUN will/AUX withdraw/VERB unless/SCONJ the/DET rebels/NOUN attack/VERB', 'withdraw', false],
    ['Rebels/NOUN attacked/VERB the/DET town/NOUN', 'attacked', false],
    // "but" opens a clause of its own.
    ['Iran/PROPN will/AUX attend/VERB if/SCONJ invited/VERB but/CCONJ Syria/PROPN refused/VERB', 'refused', false],
  ] as const)('%s: «%s» %s', (tagged, trigger, want) => {
    const { ws, i } = parse(tagged, trigger);
    expect(inCondition(ws, i)).toBe(want);
  });
});

describe('eventStatus: a condition is hypothetical, whatever else the clause says', () => {
  test.each([
    ['only if it agreed', true, false, 'hypothetical'],
    ['if it did not agree', true, false, 'hypothetical'],
    ['Mr Kerry said that it agreed', false, true, 'claimed'],
    ['Russia did not attack', false, false, 'negated'],
  ] as const)('«%s» conditional %s claimed %s → %s', (before, conditional, claimed, want) => {
    expect(eventStatus(before, '', claimed, false, conditional)).toBe(want);
  });
});

describe('eventStatus: the words after a trigger plan it only before its object', () => {
  test.each([
    ['the conference', ' to be held on 22 January', 'planned'],
    ['the talks', ' next week in Geneva', 'planned'],
    // A future verb after the object is another clause's: "Lawyers who are suing his estate will find …".
    ['Lawyers who are suing', ' his estate will find the', 'occurred'],
  ] as const)('«%s»«%s» → %s', (before, after, want) => {
    expect(eventStatus(before, after, false, false)).toBe(want);
  });
});

describe('inCondition: a spaced hyphen ends the condition like a dash', () => {
  test.each([
    ['Leaders/NOUN who/PRON rejected/VERB him/PRON if/SCONJ talks/NOUN resume/VERB -/PUNCT called/VERB for/ADP a/DET meeting/NOUN', 'called', false],
    ['Leaders/NOUN will/AUX attend/VERB if/SCONJ talks/NOUN resume/VERB', 'attend', false],
    ['Leaders/NOUN will/AUX attend/VERB if/SCONJ talks/NOUN resume/VERB', 'resume', true],
  ] as const)('%s: «%s» → %s', (tagged, trigger, want) => {
    const { ws, i } = parse(tagged, trigger);
    expect(inCondition(ws, i)).toBe(want);
  });
});

/** The claim of the trigger: 'fact', 'unnamed' or the source's text. */
function claim(tagged: string, trigger: string): string {
  const { ws, text, i } = parse(tagged, trigger);
  const c = claimOf(ws, i);
  return c === undefined ? 'fact' : c.source ? text.slice(c.source.start, c.source.end) : 'unnamed';
}

describe('claimOf: who tells the event', () => {
  test.each([
    // "according to X", after or before the clause: X's claim.
    ['At/ADP least/ADJ 106/NUM protesters/NOUN have/AUX been/AUX killed/VERB ,/PUNCT according/VERB to/ADP credible/ADJ reports/NOUN', 'killed', 'credible reports'],
    ['According/VERB to/ADP Amnesty/PROPN International/PROPN ,/PUNCT police/NOUN shot/VERB protesters/NOUN', 'shot', 'Amnesty International'],
    ['Troops/NOUN killed/VERB 20/NUM civilians/NOUN ,/PUNCT according/VERB to/ADP the/DET Syrian/ADJ Observatory/PROPN for/ADP Human/PROPN Rights/PROPN', 'killed', 'the Syrian Observatory for Human Rights'],
    // Hedges: someone's claim, no one named.
    ['Isis/PROPN reportedly/ADV killed/VERB 100/NUM prisoners/NOUN', 'killed', 'unnamed'],
    ['The/DET militia/NOUN is/AUX said/VERB to/PART have/AUX attacked/VERB the/DET convoy/NOUN', 'attacked', 'unnamed'],
    ['The/DET rebels/NOUN were/AUX believed/VERB to/PART have/AUX seized/VERB the/DET town/NOUN', 'seized', 'unnamed'],
    ['Police/NOUN investigated/VERB alleged/ADJ assaults/NOUN on/ADP officers/NOUN', 'assaults', 'unnamed'],
    // An accusation's complement: the accuser's claim (unnamed for a passive or a reduced relative).
    ['Esper/PROPN on/ADP Wednesday/PROPN accused/VERB China/PROPN of/ADP using/VERB coercion/NOUN', 'coercion', 'Esper'],
    ['The/DET party/NOUN was/AUX accused/VERB Wednesday/PROPN of/ADP trying/VERB to/PART deceive/VERB voters/NOUN', 'deceive', 'unnamed'],
    ['Militants/NOUN suspected/VERB of/ADP bombing/VERB the/DET embassy/NOUN fled/VERB', 'bombing', 'unnamed'],
    // A claim verb's "that" clause: its subject's claim.
    ['Activists/NOUN charged/VERB that/SCONJ the/DET army/NOUN shelled/VERB the/DET town/NOUN', 'shelled', 'Activists'],
    // The accusation itself, and plain facts, are no one's claim.
    ['Esper/PROPN accused/VERB China/PROPN of/ADP using/VERB coercion/NOUN', 'accused', 'fact'],
    ['Rebels/NOUN shelled/VERB the/DET town/NOUN', 'shelled', 'fact'],
    // An impersonal report: a claim with no source named.
    ['On/ADP that/DET day/NOUN it/PRON is/AUX alleged/VERB he/PRON attacked/VERB a/DET guard/NOUN', 'attacked', 'unnamed'],
    // A report clause that ends the sentence (time words after it allowed): its subject's claim.
    ['A/DET guard/NOUN was/AUX stabbed/VERB ,/PUNCT the/DET local/ADJ paper/NOUN reported/VERB on/ADP Wednesday/PROPN ./PUNCT', 'stabbed', 'the local paper'],
    ['Rebels/NOUN shelled/VERB the/DET town/NOUN ,/PUNCT Reuters/PROPN said/VERB', 'shelled', 'Reuters'],
    // A report verb that is not at the sentence end tells nothing about the clause before its comma.
    ['Rebels/NOUN shelled/VERB the/DET town/NOUN ,/PUNCT Reuters/PROPN said/VERB in/ADP a/DET report/NOUN', 'shelled', 'fact'],
  ] as const)('%s: «%s» → %s', (tagged, trigger, want) => {
    expect(claim(tagged, trigger)).toBe(want);
  });
});

describe('inCondition: an owned event noun in a condition exists already', () => {
  test.each([
    ["it/PRON grows/VERB if/SCONJ Trump/PROPN agrees/VERB to/ADP Beijing/PROPN 's/PART demands/NOUN", 'demands', false],
    ["it/PRON grows/VERB if/SCONJ Trump/PROPN agrees/VERB to/ADP Beijing/PROPN 's/PART demands/NOUN", 'agrees', true],
    ['Aid/NOUN flows/VERB only/ADV if/SCONJ a/DET ceasefire/NOUN holds/VERB', 'ceasefire', true],
  ] as const)('%s: «%s» %s', (tagged, trigger, want) => {
    const { ws, i } = parse(tagged, trigger);
    expect(inCondition(ws, i)).toBe(want);
  });
});

describe('cueWindowStart: cues before a preposition of scope belong to another predicate', () => {
  test.each([
    ['A/DET deal/NOUN expected/VERB to/PART be/AUX completed/VERB within/ADP weeks/NOUN of/ADP an/DET October/PROPN news/NOUN conference/NOUN', 'conference', 'an October news conference'],
    ['He/PRON did/AUX not/PART attend/VERB the/DET start/NOUN of/ADP the/DET talks/NOUN', 'talks', 'the talks'],
    // The noun's own determiner and a verb that takes it stay in the window.
    ['Iran/PROPN will/AUX not/PART hold/VERB talks/NOUN', 'talks', 'Iran will not hold talks'],
    ['Officials/NOUN announced/VERB plans/NOUN for/ADP talks/NOUN', 'talks', 'Officials announced plans for talks'],
    // An owned event exists: the cues before its owner are another predicate's.
    ["Trump/PROPN may/AUX agree/VERB to/ADP Beijing/PROPN 's/PART demands/NOUN", 'demands', "Beijing 's demands"],
    // A parenthetical between the subject and its verb is another predicate; the verb's own "not" stays in.
    ['Hamas/PROPN ,/PUNCT which/PRON rejected/VERB the/DET plan/NOUN ,/PUNCT fired/VERB', 'fired', 'fired'],
    ['Pakistan/PROPN ,/PUNCT a/DET key/ADJ ally/NOUN ,/PUNCT has/AUX not/PART attacked/VERB', 'attacked', 'has not attacked'],
  ] as const)('%s: «%s» → %s', (tagged, trigger, want) => {
    const { ws, i } = parse(tagged, trigger);
    const from = cueWindowStart(ws, i, 0);
    expect(ws.slice(from, i + 1).map((w) => w.text).join(' ')).toBe(want);
  });
});

test('cueWindowStart: a denial\'s negation reaches into its "that" clause, from the clause\'s subject back to the denial', () => {
  const { ws, i } = parse('The/DET army/NOUN denied/VERB that/SCONJ its/PRON troops/NOUN shelled/VERB Homs/PROPN', 'shelled');
  const from = cueWindowStart(ws, i, ws.findIndex((w) => w.text === 'its'));
  expect(ws.slice(from, i + 1).map((w) => w.text).join(' ')).toBe('denied that its troops shelled');
});

describe('datePlans: a later date plans only an event not told in the past', () => {
  test.each([
    ['Esper/PROPN on/ADP Wednesday/PROPN accused/VERB China/PROPN', 'accused', 'Wednesday', false],
    ['The/DET army/NOUN took/VERB the/DET town/NOUN this/DET weekend/NOUN', 'took', 'this', false],
    ['Hong/PROPN Kong/PROPN is/AUX safeguarded/VERB until/ADP 2047/NUM', 'safeguarded', '2047', false],
    ['Kerry/PROPN meets/VERB Lavrov/PROPN on/ADP Friday/PROPN', 'meets', 'Friday', true],
    ['The/DET deal/NOUN will/AUX be/AUX signed/VERB on/ADP Friday/PROPN', 'signed', 'Friday', true],
    ['the/DET conference/NOUN on/ADP 22/NUM January/PROPN', 'conference', '22', true],
    // A past participle or a past auxiliary tells the event in the past: a later date elsewhere plans nothing.
    ['The/DET mayor/NOUN was/AUX taken/VERB to/ADP hospital/NOUN before/ADP the/DET vote/NOUN in/ADP May/PROPN', 'taken', 'May', false],
    ['He/PRON was/AUX hauled/VERB out/ADP and/CCONJ promptly/ADV taken/VERB away/ADV ahead/ADV of/ADP talks/NOUN in/ADP May/PROPN', 'taken', 'May', false],
    ['The/DET envoys/NOUN had/AUX met/VERB to/PART prepare/VERB the/DET summit/NOUN in/ADP May/PROPN', 'met', 'May', false],
    ['The/DET prisoners/NOUN will/AUX be/AUX given/VERB back/ADV in/ADP May/PROPN', 'given', 'May', true],
    ['The/DET leaders/NOUN would/AUX have/AUX met/VERB in/ADP May/PROPN', 'met', 'May', true],
  ] as const)('%s: «%s» with the date at «%s» → %s', (tagged, trigger, date, want) => {
    const { ws, i } = parse(tagged, trigger);
    expect(datePlans(ws, i, ws.find((w) => w.text === date)!.start)).toBe(want);
  });
});

describe('requestedAct: an infinitive asked for by a request verb the lexicon reads no event from', () => {
  test.each([
    ['Her/PRON office/NOUN called/VERB on/ADP the/DET government/NOUN to/PART withdraw/VERB military/ADJ units/NOUN', 'withdraw', true],
    ['Iran/PROPN urged/VERB Syria/PROPN to/PART release/VERB the/DET prisoners/NOUN', 'release', true],
    // Scare quotes end no clause.
    ['It/PRON called/VERB on/ADP the/DET “/PUNCT interim/ADJ ”/PUNCT government/NOUN to/PART withdraw/VERB', 'withdraw', true],
    ['The/DET army/NOUN began/VERB to/PART withdraw/VERB', 'withdraw', false],
    ['The/DET army/NOUN withdrew/VERB', 'withdrew', false],
  ] as const)('%s: «%s» %s', (tagged, trigger, want) => {
    const { ws, i } = parse(tagged, trigger);
    expect(requestedAct(ws, i)).toBe(want);
  });
});

describe('a verb coordinated with a speech verb is the speaker\'s own act', () => {
  const said = 'Trump/PROPN said/VERB he/PRON would/AUX veto/VERB the/DET bill/NOUN ,/PUNCT and/CCONJ slammed/VERB Congress/PROPN';
  const inner = 'Trump/PROPN said/VERB Iran/PROPN attacked/VERB ships/NOUN and/CCONJ seized/VERB a/DET tanker/NOUN';
  test.each([
    [said, 'slammed', 'he', true],
    [said, 'veto', 'he', false],
    [inner, 'seized', 'Iran', false],
  ] as const)('%s: «%s» in the quote from «%s» is outside it → %s', (tagged, trigger, quoteFrom, want) => {
    const { ws, i } = parse(tagged, trigger);
    expect(outsideQuote(ws, i, ws.find((w) => w.text === quoteFrom)!)).toBe(want);
  });

  test.each([
    [said, 'slammed', 'slammed'],
    [said, 'veto', 'Trump said he would veto'],
  ] as const)('%s: the cue window of «%s» is «%s»', (tagged, trigger, want) => {
    const { ws, i } = parse(tagged, trigger);
    expect(ws.slice(cueWindowStart(ws, i, 0), i + 1).map((w) => w.text).join(' ')).toBe(want);
  });
});
