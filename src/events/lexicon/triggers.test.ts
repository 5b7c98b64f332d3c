import { describe, expect, test } from 'vitest';
import { hasParticleReading, hasTriggerReadings, lookupTrigger } from './triggers.js';

/** The first (main) reading of a trigger, as "TYPE/mode/cameo". */
function first(lemma: string, next?: string, object?: string): string | undefined {
  const e = lookupTrigger(lemma, next, object)[0];
  return e ? `${e.type}/${e.mode ?? ''}/${e.cameo}` : undefined;
}

describe('lookupTrigger: main readings', () => {
  test.each([
    ['meet', undefined, undefined, 'CONSULT//040'],
    ['talks', undefined, undefined, 'CONSULT//040'],
    ['visit', undefined, undefined, 'CONSULT/visit/042'],
    ['call', 'for', undefined, 'REQUEST//020'],
    ['call', 'for', 'ceasefire', 'REQUEST/yield/0256'],
    ['urge', undefined, undefined, 'REQUEST//020'],
    ['demand', undefined, 'resignation', 'REQUEST/change/1041'],
    ['accuse', undefined, undefined, 'ACCUSE/allege/112'],
    ['condemn', undefined, undefined, 'ACCUSE/disapprove/111'],
    ['criticised', undefined, undefined, 'ACCUSE/disapprove/111'],
    ['lambasted', undefined, undefined, 'ACCUSE/disapprove/111'],
    ['hammered', undefined, undefined, 'ACCUSE/disapprove/111'],
    ['slammed', undefined, undefined, 'ACCUSE/disapprove/111'],
    ['cheered', undefined, undefined, 'SUPPORT//051'],
    ['hailed', undefined, undefined, 'SUPPORT//051'],
    ['balked', undefined, undefined, 'REJECT//120'],
    ['marches', undefined, undefined, 'PROTEST/demo/141'],
    ['deny', undefined, undefined, 'REJECT//016'],
    ['threaten', undefined, 'sanctions', 'THREATEN/restrict/1312'],
    ['sanction', undefined, undefined, 'SANCTION/discontinue/163'],
    ['sanctions', undefined, undefined, 'SANCTION/discontinue/163'],
    ['protest', undefined, undefined, 'PROTEST/demo/141'],
    ['deploy', undefined, 'troops', 'MOBILIZE/troops/154'],
    ['arrest', undefined, undefined, 'COERCE/arrest/173'],
    ['kidnap', undefined, undefined, 'ASSAULT/abduct/181'],
    ['accepted', undefined, 'demands', 'CONCEDE//080'],
    ['share', undefined, 'intelligence', 'COOPERATE//064'],
    ['presented', undefined, 'evidence', 'ACCUSE/allege/112'],
    ['renege', 'on', undefined, 'REJECT//120'],
    ['reach', undefined, 'agreement', 'AGREE//030'],
    ['suspension', undefined, undefined, 'SANCTION//160'],
    ['war', 'games', undefined, 'MOBILIZE/troops/152'],
    ['called', 'up', undefined, 'MOBILIZE/troops/154'],
    ['disband', undefined, 'militias', 'RETREAT/disarm/0873'],
    ['shell', undefined, undefined, 'ASSAULT/heavy-weapons/194'],
    ['airstrike', undefined, undefined, 'ASSAULT/aerial/195'],
    ['recapture', undefined, undefined, 'ASSAULT//192'],
    ['ceasefire', undefined, undefined, 'RETREAT/ceasefire/0871'],
    ['aid', undefined, undefined, 'AID//070'],
    ['sign', undefined, undefined, 'SUPPORT//057'],
    ['apologize', undefined, undefined, 'CONCEDE//055'],
    ['extradite', undefined, undefined, 'COOPERATE//063'],
  ])('%s %s %s -> %s', (lemma, next, object, expected) => {
    expect(first(lemma, next, object)).toBe(expected);
  });
});

describe('lookupTrigger: particles and objects', () => {
  test('a particle reading replaces the bare verb ("pull out" is RETREAT, bare "pull" is nothing)', () => {
    expect(lookupTrigger('pull')).toEqual([]);
    expect(first('pull', 'out')).toBe('RETREAT/withdraw/0874');
  });

  test('a longer particle is matched word-aligned ("withdraw from the treaty" is SANCTION)', () => {
    expect(first('withdraw', 'from', 'treaty')).toBe('SANCTION/withdraw/160');
  });

  test('object-bound readings need a matching object ("lift" alone is no event)', () => {
    expect(lookupTrigger('lift')).toEqual([]);
    expect(first('lift', undefined, 'sanctions')).toBe('RETREAT//085');
    expect(first('lift', undefined, 'curfew')).toBe('CONCEDE//0813');
  });

  test('a multi-word object matches on its head ("the economic sanctions")', () => {
    expect(first('impose', undefined, 'economic sanctions')).toBe('SANCTION/discontinue/163');
  });

  test('violating a ceasefire is ASSAULT 196', () => {
    expect(first('violate', undefined, 'ceasefire')).toBe('ASSAULT//196');
  });
});

describe('lookupTrigger: inflections', () => {
  test.each([
    ['shelled', 'shell'],
    ['fought', 'fight'],
    ['met', 'meet'],
    ['condemned', 'condemn'],
    ['agreed', 'agree'],
    ['kidnapped', 'kidnap'],
    ['stopped', 'stop'],
  ])('%s falls back to %s', (form, lemma) => {
    const got = lookupTrigger(form).map((e) => e.cameo);
    expect(got).toEqual(lookupTrigger(lemma).map((e) => e.cameo));
  });

  test('an unknown word has no readings', () => {
    expect(lookupTrigger('photosynthesis')).toEqual([]);
  });
});

describe('lookupTrigger: roles and ambiguity', () => {
  test('"meet" is symmetric: the object is a co-actor', () => {
    expect(lookupTrigger('meet')[0]?.objectRole).toBe('co-actor');
  });

  test('"host" reverses roles: the host is the recipient', () => {
    const e = lookupTrigger('host')[0];
    expect([e?.subjectRole, e?.objectRole]).toEqual(['recipient', 'actor']);
  });

  test('"receive aid" takes its actor from the from-phrase', () => {
    const e = lookupTrigger('receive', undefined, 'aid')[0];
    expect([e?.type, e?.subjectRole, e?.actorPreps]).toEqual(['AID', 'recipient', ['from']]);
  });

  test('"attack" is flagged ambiguous and its verbal sense comes last', () => {
    const readings = lookupTrigger('attack');
    expect(readings[0]?.ambiguous).toBe(true);
    expect(readings[0]?.type).toBe('ASSAULT');
    expect(readings[readings.length - 1]?.type).toBe('ACCUSE');
  });

  test('resignations carry a typeNote (CAMEO files them under 0831, PLOVER under RETREAT)', () => {
    const e = lookupTrigger('resign')[0];
    expect([e?.type, e?.mode, e?.cameo]).toEqual(['RETREAT', 'resign', '0831']);
    expect(e?.typeNote).toBeDefined();
  });

  test('each reading carries the Goldstein score of its CAMEO code', () => {
    expect(lookupTrigger('kill')[0]?.goldstein).toBe(-10);
  });
});

describe('hasTriggerReadings', () => {
  test.each([
    ['attack', true],
    ['shelled', true],
    ['zebra', false],
    ['the', false],
  ])('%s -> %s, as lookupTrigger finds readings', (form, has) => {
    expect(hasTriggerReadings(form)).toBe(has);
    expect(lookupTrigger(form).length > 0 || lookupTrigger(form, 'on').length > 0).toBe(has);
  });
});

describe('lookupTrigger: lemmas of several words', () => {
  test.each([
    // A listed "break up" is found from "break" with "up" as its particle.
    ['broke', 'up the protest', 'protest', 'COERCE'],
    ['tear', 'gas', undefined, 'ASSAULT'],
  ])('%s %s -> %s', (lemma, next, object, type) => {
    expect(lookupTrigger(lemma, next, object)[0]?.type).toBe(type);
  });

  test('a word and particle with readings of their own keep them first ("blow" + "up" is not ambiguous)', () => {
    expect(lookupTrigger('blew', 'up')[0]?.ambiguous).toBe(false);
  });

  test.each([
    ['laying', 'down', true],
    ['cut', 'off', true],
    ['sent', 'to', false],
  ])('hasParticleReading(%s, %s) is %s', (lemma, particle, want) => {
    expect(hasParticleReading(lemma, particle)).toBe(want);
  });
});

