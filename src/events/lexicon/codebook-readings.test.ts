import { describe, expect, test } from 'vitest';
import { lookupActor } from './actors.js';
import { lookupTrigger } from './triggers.js';

/** The first (main) reading of a trigger, as "TYPE/mode/cameo". */
function first(lemma: string, next?: string, object?: string): string | undefined {
  const e = lookupTrigger(lemma, next, object)[0];
  return e ? `${e.type}/${e.mode ?? ''}/${e.cameo}` : undefined;
}

// Readings written from the CAMEO 1.1b3 codebook's descriptions (our own phrasing of each case).
describe('trigger readings from the CAMEO codebook', () => {
  test.each([
    // 041 "Consult, talk on the telephone".
    ['speak', 'by telephone', undefined, 'CONSULT/phone/041'],
    ['talk', 'by phone', undefined, 'CONSULT/phone/041'],
    ['talk', 'by telephone', undefined, 'CONSULT/phone/041'],
    ['telephone conversation', undefined, undefined, 'CONSULT/phone/041'],
    ['phone conversation', undefined, undefined, 'CONSULT/phone/041'],
    // 114 "Complain officially": a protest made to a government is a complaint ("protested to Cairo over …").
    ['protest', 'to', undefined, 'ACCUSE/disapprove/114'],
    // …while a protest with no addressee stays a demonstration.
    ['protest', undefined, undefined, 'PROTEST/demo/141'],
    // 124 "Reject requests, refuse, or decline to yield": rejecting a demand or an ultimatum.
    ['reject', undefined, 'ultimatum', 'REJECT/yield/124'],
    ['refuse', undefined, 'demands', 'REJECT/yield/124'],
    // 08/083 "Accede to demands": meeting a demand or conditions is giving in, not a meeting…
    ['meet', undefined, 'demands', 'CONCEDE//080'],
    ['meet', undefined, 'conditions', 'CONCEDE//080'],
    // …while meeting people stays CONSULT.
    ['meet', undefined, 'counterpart', 'CONSULT//040'],
    // 13 THREATEN: a vow to retaliate or to use force is a threat ("vowed to crush the insurgents")…
    ['vow', 'to retaliate', undefined, 'THREATEN//130'],
    ['pledge', 'to crush', undefined, 'THREATEN/violence/138'],
    ['swear', 'to wipe out', undefined, 'THREATEN/violence/138'],
    ['vow', undefined, 'revenge', 'THREATEN//130'],
    // …while a vow or pledge with no such complement stays an intent to cooperate.
    ['vow', undefined, undefined, 'AGREE//030'],
    ['pledge', undefined, 'aid', 'AGREE//033'],
  ])('%s + %s + %s -> %s', (lemma, next, object, want) => {
    expect(first(lemma, next, object)).toBe(want);
  });
});

// Former states code as their successor state, as the PLOVER gold codes them.
describe('former state names', () => {
  test.each([
    ['Yugoslavia', 'SRB'],
    ['Yugoslav', 'SRB'],
    ['Czechoslovakia', 'CZE'],
    ['West Germany', 'DEU'],
    ['East German', 'DEU'],
    ['Zaire', 'COD'],
    ['Rhodesia', 'ZWE'],
  ])('%s -> %s', (phrase, country) => {
    expect(lookupActor(phrase)?.country).toBe(country);
  });
});
