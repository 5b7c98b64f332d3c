import { describe, expect, test } from 'vitest';
import mapping from './fixtures/wikievents-types.json' with { type: 'json' };
import { goldTriggers, rebuild, ruleFor } from './wikievents-gold.js';
import type { GoldTrigger, TypeRule, WikiDoc } from './wikievents-gold.js';
import { emptyTally, sameArgument, scoreDoc, sentenceAt } from './wikievents-score.js';
import type { SystemItem } from './wikievents-score.js';

/** Our own two-sentence document in the WikiEvents layout (a headline run into the body upstream). */
const DOC: WikiDoc = {
  doc_id: 'own-1',
  tokens: ['Bomb', 'hits', 'market', 'Rebels', 'bombed', 'the', 'town', "'s", 'market', '.'],
  sentences: [
    [[['Bomb', 0, 4], ['hits', 5, 9], ['market', 10, 16]], 'Bomb hits market'],
    [[['Rebels', 16, 22], ['bombed', 23, 29], ['the', 30, 33], ['town', 34, 38], ["'s", 38, 40], ['market', 41, 47], ['.', 47, 48]], "Rebels bombed the town's market."],
  ],
  entity_mentions: [
    { id: 'T1', start: 3, end: 4, text: 'Rebels' },
    { id: 'T2', start: 8, end: 9, text: 'market' },
  ],
  event_mentions: [
    { id: 'E1', event_type: 'Conflict.Attack.DetonateExplode', trigger: { start: 4, end: 5, text: 'bombed', sent_idx: 1 }, arguments: [{ entity_id: 'T1', role: 'Attacker', text: 'Rebels' }, { entity_id: 'T2', role: 'Target', text: 'market' }] },
    { id: 'E2', event_type: 'Life.Die.Unspecified', trigger: { start: 1, end: 2, text: 'hits', sent_idx: 0 }, arguments: [] },
    { id: 'E3', event_type: 'Movement.Transportation.Unspecified', trigger: { start: 1, end: 2, text: 'hits', sent_idx: 0 }, arguments: [] },
  ],
};
const RULES = mapping.rules as TypeRule[];

describe('rebuild', () => {
  const r = rebuild(DOC);
  test('a headline that does not end like a sentence is set apart by a blank line', () => {
    expect(r.text).toBe("Bomb hits market\n\nRebels bombed the town's market.");
  });
  test.each([[0, 'Bomb'], [4, 'bombed'], [9, '.']])('token %i maps to its characters', (k, word) => {
    expect(r.text.slice(r.tokens[k]!.start, r.tokens[k]!.end)).toBe(word);
  });
  test.each([[0, 0], [5, 0], [18, 1], [200, -1]])('character %i lies in sentence %i', (at, s) => {
    expect(sentenceAt(r.sentences, at)).toBe(s);
  });
});

describe('ruleFor', () => {
  test.each([
    ['Conflict.Attack.DetonateExplode', 'Conflict.Attack'],
    ['Conflict.Demonstrate.DemonstrateWithViolence', 'Conflict.Demonstrate.DemonstrateWithViolence'],
    ['Contact.RequestCommand.Meet', 'Contact.RequestCommand.Meet'],
    ['Contact.RequestCommand.Broadcast', 'Contact.RequestCommand'],
    ['Movement.Transportation.Unspecified', undefined],
  ])('%s takes the rule %s', (type, want) => {
    expect(ruleFor(type, RULES)?.kairos).toBe(want);
  });
  test('every rule gives its reason and PLOVER types', () => {
    expect(RULES.filter((r) => r.why.length < 20 || r.types.length === 0)).toEqual([]);
  });
});

describe('goldTriggers', () => {
  const r = rebuild(DOC);
  const gold = goldTriggers(DOC, r, RULES);
  test('unmapped KAIROS types are left out', () => {
    expect(gold.map((g) => g.kairos)).toEqual(['Conflict.Attack.DetonateExplode', 'Life.Die.Unspecified']);
  });
  test('arguments get the rule roles and rebuilt offsets', () => {
    expect([gold[0]!.actors.map((a) => r.text.slice(a.start, a.end)), gold[0]!.recipients.map((a) => a.text)]).toEqual([['Rebels'], ['market']]);
  });
  test('deaths are optional', () => {
    expect(gold.map((g) => g.optional)).toEqual([false, true]);
  });
  test('a trigger knows whether its actor argument is in its own sentence', () => {
    expect(gold.map((g) => g.actorHere)).toEqual([true, false]);
  });
});

const gold = (over: Partial<GoldTrigger>): GoldTrigger => ({ start: 10, end: 16, kairos: 'Conflict.Attack.Unspecified', group: 'Conflict.Attack', types: ['ASSAULT'], optional: false, sentence: 0, actors: [], recipients: [], actorHere: false, ...over });
const item = (type: string, start: number, end: number, sentence = 0, extra: Partial<SystemItem> = {}): SystemItem => ({ type, tellings: [{ start, end, sentence }], dead: false, injured: false, ...extra });
const PRECISION = ['ASSAULT', 'COERCE'];

describe('scoreDoc', () => {
  test.each<[string, GoldTrigger[], SystemItem[], Partial<Record<'tp' | 'fp' | 'fn' | 'tpS' | 'fpS' | 'fnS' | 'ignored', number>>]>([
    ['a trigger overlap of an accepted type is right', [gold({})], [item('ASSAULT', 12, 18)], { tp: 1, fp: 0, fn: 0, tpS: 1 }],
    ['another word of the same sentence is right only at sentence level', [gold({})], [item('ASSAULT', 30, 36)], { tp: 0, fp: 1, fn: 1, tpS: 1, fnS: 0 }],
    ['a wrong type at the trigger is wrong and the trigger missed', [gold({})], [item('COERCE', 10, 16)], { tp: 0, fp: 1, fn: 1, fnS: 1 }],
    ['a type KAIROS does not annotate is neither', [gold({})], [item('SUPPORT', 40, 46, 1)], { ignored: 1, fp: 0, fn: 1 }],
    ['an optional trigger makes a hit right and is never missed', [gold({ optional: true })], [item('ASSAULT', 10, 16)], { tp: 1, fn: 0, fnS: 0 }],
    ['an optional trigger with nothing found is not missed', [gold({ optional: true })], [], { fn: 0, fnS: 0 }],
    ['an item in another sentence is wrong at both levels', [gold({})], [item('ASSAULT', 60, 66, 2)], { fp: 1, fpS: 1, fn: 1, fnS: 1 }],
  ])('%s', (_, g, items, want) => {
    const t = emptyTally();
    scoreDoc(g, items, PRECISION, t);
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, t[k as keyof typeof want]]))).toEqual(want);
  });

  test.each([
    [true, [1, 1]],
    [false, [0, 0]],
  ])('a missed trigger with its actor in its sentence (%s) counts in the actor-here recall', (here, want) => {
    const t = emptyTally();
    scoreDoc([gold({ actorHere: here })], [], PRECISION, t);
    expect([t.goldActorHere, t.fnActorHere]).toEqual(want);
  });

  test.each([
    ['the same words', { start: 0, end: 6, text: 'Rebels' }, true],
    ['a longer phrase holding the argument', { start: 40, end: 60, text: 'the rebels' }, true],
    ['other words elsewhere', { start: 40, end: 60, text: 'the army' }, false],
    ['an overlapping span', { start: 2, end: 9, text: 'bels said' }, true],
  ])('an actor with %s names the gold argument: %s', (_, got, want) => {
    expect(sameArgument(got, [{ start: 0, end: 6, text: 'Rebels' }])).toBe(want);
  });

  test.each([
    ['right', { start: 0, end: 6, text: 'Rebels' }, [1, 1, 0]],
    ['wrong', { start: 30, end: 34, text: 'army' }, [1, 0, 0]],
    ['absent', undefined, [1, 0, 1]],
  ])('a matched event with its actor %s is counted so', (_, actor, want) => {
    const t = emptyTally();
    const p: SystemItem = { type: 'ASSAULT', tellings: [{ start: 10, end: 16, sentence: 0, ...(actor ? { actor } : {}) }], dead: false, injured: false };
    scoreDoc([gold({ actors: [{ start: 0, end: 6, text: 'Rebels' }] })], [p], PRECISION, t);
    expect([t.actorPairs, t.actorRight, t.actorNone]).toEqual(want);
  });

  test.each([[true, 1], [false, 0]])('an attack in a sentence with a gold death has dead=%s counted', (dead, right) => {
    const t = emptyTally();
    const g = [gold({}), gold({ kairos: 'Life.Die.Unspecified', group: 'Life.Die', optional: true, start: 20, end: 26 })];
    scoreDoc(g, [item('ASSAULT', 10, 16, 0, { dead })], PRECISION, t);
    expect([t.deadPairs, t.deadRight]).toEqual([1, right]);
  });
});
