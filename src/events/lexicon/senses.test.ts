import { describe, expect, test } from 'vitest';
import { hasSenseLimits, senseExcluded } from './senses.js';
import type { SenseContext } from './senses.js';

describe('senseExcluded', () => {
  test.each<[string, string, SenseContext, boolean]>([
    ['recognize', 'SUPPORT', { after: ['that', 'the', 'deal'] }, true],
    ['recognize', 'SUPPORT', { after: ['the', 'need', 'for'] }, true],
    ['recognize', 'SUPPORT', { after: ['kosovo'] }, false],
    ['seek', 'REQUEST', { after: ['to', 'talk'] }, true],
    ['seek', 'REQUEST', { after: ['aid'], object: 'aid' }, false],
    ['battle', 'ASSAULT', { after: ['extradition'], object: 'extradition' }, true],
    ['fight', 'ASSAULT', { after: ['the', 'rebels'], object: 'rebels' }, false],
    ['take', 'ASSAULT', { after: ['to', 'the', 'city'], object: 'city' }, true],
    ['take', 'PROTEST', { after: ['to', 'the', 'streets'] }, false],
    ['free', 'RETREAT', { after: ['the', 'hostages'], preceding: ['rescue', 'mission', 'to'] }, true],
    ['free', 'RETREAT', { after: ['the', 'hostages'], preceding: ['hamas'] }, false],
    ['provide', 'AID', { after: ['that', 'they'] }, true],
    ['invite', 'AGREE', { after: ['architects'], object: 'architects' }, true],
    ['receive', 'CONSULT', { after: ['by', 'amnesty'], before: 'reports' }, true],
    ['receive', 'AID', { after: ['by', 'amnesty'], before: 'reports' }, false],
    ['block', 'PROTEST', { after: ['them', 'from', 'leaving'] }, true],
    ['block', 'PROTEST', { after: ['the', 'main', 'road'], object: 'road' }, false],
    ['ask', 'REQUEST', { after: ['not', 'to', 'be', 'identified'] }, true],
    ['ask', 'REQUEST', { after: ['iran', 'for', 'help'] }, false],
    ['request', 'REQUEST', { after: ['for', 'comment'] }, true],
    ['decline', 'REJECT', { after: ['to', 'comment', 'on'] }, true],
    ['decline', 'REJECT', { after: ['the', 'offer'], object: 'offer' }, false],
  ])('%s %s %j -> %s', (lemma, type, ctx, want) => {
    expect(senseExcluded(lemma, type, ctx)).toBe(want);
  });

  test.each([
    ['recognize', true],
    ['attack', false],
  ])('hasSenseLimits(%s) -> %s', (lemma, want) => {
    expect(hasSenseLimits(lemma)).toBe(want);
  });
});

describe('sense-limits.json', () => {
  test('every limit names lemmas the lexicon reads and PLOVER types of theirs', async () => {
    const { default: data } = await import('./data/sense-limits.json', { with: { type: 'json' } });
    const { allTriggers } = await import('./triggers.js');
    const readings = allTriggers();
    const unknown = data.limits.flatMap((l) =>
      l.lemmas.filter((lemma) => !readings.some((e) => e.lemma === lemma && (!('types' in l) || (l.types as string[]).includes(e.type)))),
    );
    expect(unknown).toEqual([]);
  });
});
