import { describe, expect, test } from 'vitest';
import { findTriggers } from './find-triggers.js';
import { taggedWords } from './tagged-words.js';

/** Words from "text/POS" pairs, so the tests do not depend on the tagger. */
const words = taggedWords;

/** The first trigger as "word TYPE CAMEO" (the word and its particle or bound object). */
function first(tagged: string): string {
  const ws = words(tagged);
  const hit = findTriggers(ws, new Set(), { fallback: false })[0];
  if (!hit) return 'none';
  const span = ws.slice(hit.i, hit.last + 1).map((w) => w.lower).join(' ');
  return `${span}${hit.object === undefined ? '' : ` +${ws[hit.object]!.lower}`} ${hit.entry.type} ${hit.entry.cameo}`;
}

describe('findTriggers: light verbs with an event noun', () => {
  test.each([
    ['Students/NOUN staged/VERB mass/ADJ demonstrations/NOUN', 'staged +demonstrations PROTEST 141'],
    ['Refugees/NOUN continued/VERB their/PRON hunger/NOUN strike/NOUN', 'continued +strike PROTEST 142'],
    ['Unions/NOUN called/VERB a/DET general/ADJ strike/NOUN', 'called +strike PROTEST 143'],
    ['Workers/NOUN stopped/VERB work/NOUN', 'stopped +work PROTEST 143'],
  ])('%s -> %s', (tagged, want) => {
    expect(first(tagged)).toBe(want);
  });

  test('an air strike is no labour strike ("continued air strikes")', () => {
    expect(first('Jets/NOUN continued/VERB air/NOUN strikes/NOUN')).not.toMatch(/PROTEST/);
  });
});

describe('findTriggers: joint readings', () => {
  /** The type and CAMEO code of the sentence's last trigger. */
  const lastReading = (tagged: string) => {
    const hit = findTriggers(words(tagged), new Set(), { fallback: false }).at(-1);
    return hit ? `${hit.entry.type} ${hit.entry.cameo}` : 'none';
  };

  test.each([
    ['French/ADJ and/CCONJ Egyptian/ADJ warships/NOUN launched/VERB war/NOUN games/NOUN', 'COOPERATE 062'],
    ['Russia/PROPN held/VERB joint/ADJ exercises/NOUN', 'COOPERATE 062'],
    ['Russia/PROPN held/VERB exercises/NOUN with/ADP China/PROPN', 'COOPERATE 062'],
    ['Russia/PROPN held/VERB exercises/NOUN near/ADP the/DET border/NOUN', 'MOBILIZE 152'],
    // "and" joins two verbs of one subject here, not two subjects.
    ['Russia/PROPN attacked/VERB Georgia/PROPN and/CCONJ held/VERB exercises/NOUN', 'MOBILIZE 152'],
  ])('%s -> %s', (tagged, want) => {
    expect(lastReading(tagged)).toBe(want);
  });
});

describe('findTriggers: subject-bound readings', () => {
  test.each([
    ['The/DET Bangladeshi/ADJ peacekeepers/NOUN have/AUX arrived/VERB in/ADP Sierra/PROPN Leone/PROPN', 'arrived in AID 074'],
    ['The/DET minister/NOUN arrived/VERB in/ADP Paris/PROPN', 'arrived in CONSULT 042'],
  ])('%s -> %s', (tagged, want) => {
    expect(first(tagged)).toBe(want);
  });
});

describe('findTriggers: particles and objects', () => {
  test.each([
    // Time words between the verb and its particle: still "call on".
    ['Syria/PROPN called/VERB Thursday/PROPN on/ADP Arabs/PROPN to/PART unite/VERB', 'called thursday on REQUEST 020'],
    // A violated norm is the object of the defiance, not a second event.
    ['The/DET paper/NOUN violated/VERB a/DET ban/NOUN', 'violated +ban REJECT 128'],
    ['North/PROPN Korea/PROPN hacked/VERB into/ADP computers/NOUN', 'hacked into COERCE 176'],
    // A name compound's last word is the object head.
    ['Uzbekistan/PROPN opened/VERB the/DET Friendship/PROPN Bridge/PROPN', 'opened +bridge RETREAT 0863'],
  ])('%s -> %s', (tagged, want) => {
    expect(first(tagged)).toBe(want);
  });
});

describe('findTriggers: phrasal verbs before their object, count qualifiers', () => {
  test.each([
    // The particle stands between the verb and its bound object.
    ['The/DET militia/NOUN is/AUX laying/VERB down/ADP its/PRON arms/NOUN', 'laying +arms RETREAT 0873'],
    ['Iraq/PROPN cut/VERB off/ADP diplomatic/ADJ ties/NOUN', 'cut +ties SANCTION 161'],
    ['Moscow/PROPN sent/VERB in/ADP more/ADJ troops/NOUN', 'sent +troops MOBILIZE 154'],
    // "more than a dozen": the count qualifier is part of the object phrase.
    ['Madagascar/PROPN expelled/VERB more/ADJ than/ADP a/DET dozen/NOUN American/PROPN diplomats/NOUN', 'expelled +diplomats SANCTION 166'],
    // A time adjunct between the verb (or its particle) and the object.
    ['The/DET army/NOUN forced/VERB out/ADV on/ADP Wednesday/PROPN more/ADJ than/ADP 1,000/NUM refugees/NOUN', 'forced +refugees ASSAULT 201'],
    ['The/DET government/NOUN lifted/VERB on/ADP Friday/PROPN the/DET curfew/NOUN', 'lifted +curfew CONCEDE 0813'],
  ])('%s -> %s', (tagged, want) => {
    expect(first(tagged)).toBe(want);
  });

  test('a preposition no phrasal reading starts with is no particle ("sent to troops")', () => {
    expect(first('Moscow/PROPN sent/VERB letters/NOUN to/ADP troops/NOUN')).not.toMatch(/MOBILIZE/);
  });
});

describe('findTriggers: orders of a material action', () => {
  test.each([
    // The ordered action is the event (the authority's agents carry it out).
    ['The/DET government/NOUN ordered/VERB the/DET arrest/NOUN of/ADP the/DET leader/NOUN', 'arrest COERCE 173'],
    ['Putin/PROPN ordered/VERB the/DET deployment/NOUN of/ADP troops/NOUN', 'deployment MOBILIZE 154'],
    // An ordered investigation is a demand (CAMEO 10); an order to another party stays REQUEST.
    ['Obama/PROPN ordered/VERB an/DET investigation/NOUN', 'ordered REQUEST 100'],
    ['The/DET government/NOUN ordered/VERB the/DET newspaper/NOUN to/PART close/VERB', 'ordered REQUEST 100'],
  ])('%s -> %s', (tagged, want) => {
    expect(first(tagged)).toBe(want);
  });
});

describe('findTriggers: a passive binds its subject as the object', () => {
  /** Every trigger as "word TYPE CAMEO". */
  const all = (tagged: string) => {
    const ws = words(tagged);
    return findTriggers(ws, new Set(), { fallback: false }).map((h) => `${ws[h.i]!.lower} ${h.entry.type} ${h.entry.cameo}`);
  };

  test.each([
    ['The/DET curfew/NOUN was/AUX lifted/VERB', ['lifted CONCEDE 0813']],
    ['Twelve/NUM diplomats/NOUN were/AUX expelled/VERB', ['expelled SANCTION 166']],
    // A preposition after the passive is no particle.
    ['The/DET troops/NOUN were/AUX withdrawn/VERB from/ADP Lebanon/PROPN', ['withdrawn RETREAT 0874']],
    // An active verb does not reach back to its subject.
    ['The/DET curfew/NOUN angered/VERB residents/NOUN', ['curfew COERCE 1723']],
  ])('%s -> %s', (tagged, want) => {
    expect(all(tagged)).toEqual(want);
  });
});


describe('findTriggers: sense limits (lexicon/data/sense-limits.json)', () => {
  /** The reading at the sentence's first verb, as `first` writes it, or "none". */
  const atVerb = (tagged: string) => {
    const ws = words(tagged);
    const v = ws.findIndex((w) => w.pos === 'VERB');
    const hit = findTriggers(ws, new Set(), { fallback: false }).find((h) => h.i === v);
    if (!hit) return 'none';
    const span = ws.slice(hit.i, hit.last + 1).map((w) => w.lower).join(' ');
    return `${span}${hit.object === undefined ? '' : ` +${ws[hit.object]!.lower}`} ${hit.entry.type} ${hit.entry.cameo}`;
  };

  test.each([
    ['Trump/PROPN and/CCONJ Lighthizer/PROPN recognize/VERB that/SCONJ concessions/NOUN are/AUX hard/ADJ', 'none'],
    ['Russia/PROPN recognized/VERB Abkhazia/PROPN', 'recognized SUPPORT 054'],
    ['A/DET bishop/NOUN sought/VERB to/PART mediate/VERB', 'none'],
    ['Iraq/PROPN sought/VERB aid/NOUN', 'sought +aid REQUEST 023'],
    ['Assange/PROPN is/AUX battling/VERB extradition/NOUN', 'none'],
    ['Parties/NOUN battle/VERB to/PART win/VERB votes/NOUN', 'none'],
    ['Rebels/NOUN battled/VERB troops/NOUN', 'battled ASSAULT 190'],
    ['The/DET army/NOUN took/VERB to/ADP the/DET city/NOUN \'s/PART streets/NOUN', 'none'],
    ['Rebels/NOUN took/VERB the/DET city/NOUN', 'took +city ASSAULT 192'],
    ['Austria/PROPN will/AUX invite/VERB architects/NOUN', 'none'],
    ['Austria/PROPN invited/VERB the/DET minister/NOUN', 'invited AGREE 036'],
    ['reports/NOUN received/VERB by/ADP Amnesty/PROPN', 'none'],
    ['Putin/PROPN received/VERB the/DET minister/NOUN', 'received CONSULT 043'],
    ['A/DET refugee/NOUN who/PRON asked/VERB not/PART to/PART be/AUX identified/VERB said/VERB', 'none'],
    ['The/DET official/NOUN asked/VERB not/PART to/PART be/AUX named/VERB', 'none'],
    ['Iraq/PROPN asked/VERB Iran/PROPN for/ADP help/NOUN', 'asked REQUEST 020'],
    ['The/DET ministry/NOUN declined/VERB to/PART comment/VERB', 'none'],
    ['Iran/PROPN declined/VERB the/DET offer/NOUN', 'declined REJECT 120'],
    ['Israel/PROPN cheered/VERB on/ADP the/DET move/NOUN', 'cheered SUPPORT 051'],
    ['China/PROPN balked/VERB at/ADP the/DET demand/NOUN', 'balked REJECT 120'],
  ])('%s -> %s', (tagged, want) => {
    expect(atVerb(tagged)).toBe(want);
  });

  test.each([
    ['Hamas/PROPN freed/VERB the/DET hostages/NOUN', 'freed +hostages RETREAT 0841'],
    ['Police/NOUN freed/VERB the/DET hostages/NOUN', 'freed +hostages AID 073'],
  ])('freeing persons: %s -> %s', (tagged, want) => {
    expect(first(tagged)).toBe(want);
  });
});

describe('findTriggers: event nouns told as background or held back are no triggers', () => {
  /** The types of all triggers, in order. */
  const all = (tagged: string) => findTriggers(words(tagged), new Set(), { fallback: false }).map((h) => `${words(tagged)[h.i]!.lower} ${h.entry.type}`);
  test.each([
    ['a history of protests', 'The/DET city/NOUN has/AUX a/DET history/NOUN of/ADP protests/NOUN', []],
    ['years of war', 'after/ADP years/NOUN of/ADP civil/ADJ war/NOUN', []],
    ['aid that was stalled', 'Military/ADJ aid/NOUN for/ADP the/DET ally/NOUN was/AUX being/AUX stalled/VERB', []],
    ['talks suspended: the verb is the event', 'The/DET talks/NOUN were/AUX suspended/VERB', ['suspended SANCTION']],
    ['a new investigation is news', 'a/DET new/ADJ Dutch/ADJ investigation/NOUN into/ADP the/DET crash/NOUN', ['investigation ACCUSE']],
    ['aid that was delivered is news', 'Aid/NOUN for/ADP the/DET refugees/NOUN was/AUX delivered/VERB', ['aid AID']],
    ['protests of students are news', 'the/DET protests/NOUN of/ADP students/NOUN', ['protests PROTEST']],
  ])('%s: %s', (_name, tagged, want) => {
    expect(all(tagged)).toEqual(want);
  });
});

describe('findTriggers: an event noun the tagger read as a name', () => {
  test.each([
    ['opening a sentence, a lower-case verb after it', 'Protests/PROPN erupted/VERB in/ADP the/DET capital/NOUN', 'protests PROTEST'],
    ['opening a sentence, "of" after it', 'Arrests/PROPN of/ADP union/NOUN leaders/NOUN continued/VERB', 'arrests COERCE'],
    ['opening a sentence, "in" after it', 'Shootings/PROPN in/ADP the/DET city/NOUN left/VERB four/NUM dead/ADJ', 'shootings ASSAULT'],
    ['in a headline-cased line, "In" after it', 'Police/NOUN Report/VERB Fresh/ADJ Arrests/PROPN In/ADP Harbour/PROPN Town/PROPN', 'arrests COERCE'],
    ['a name\'s first word: a capitalised word after it', 'Strike/PROPN Force/PROPN officers/NOUN visited/VERB the/DET school/NOUN', 'none'],
    ['a name inside an ordinary sentence', 'Members/NOUN of/ADP the/DET Protest/PROPN party/NOUN met/VERB', 'none'],
  ])('%s: %s', (_name, tagged, want) => {
    const ws = words(tagged);
    const hit = findTriggers(ws, new Set(), { fallback: false }).find((h) => ws[h.i]!.pos === 'PROPN');
    expect(hit ? `${ws[hit.i]!.lower} ${hit.entry.type}` : 'none').toBe(want);
  });
});
