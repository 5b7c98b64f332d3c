import { describe, expect, test } from 'vitest';
import { actorShift, hasSenseLimits, senseExcluded } from './senses.js';
import type { SenseActor, SenseContext } from './senses.js';

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
    ['provide', 'AID', { after: ['to', 'lawmakers', 'showed'] }, true],
    ['provide', 'AID', { after: ['to', 'the', 'committee', 'last'] }, true],
    ['provide', 'AID', { after: ['to', 'the', 'refugees'] }, false],
    ['undertake', 'AGREE', { after: ['a', 'security', 'assessment'], object: 'assessment' }, true],
    ['undertake', 'AGREE', { after: ['to', 'withdraw', 'its', 'troops'] }, false],
    ['undertake', 'AGREE', { after: ['not', 'to', 'attack'] }, false],
    ['oppose', 'REJECT', { after: ['intimidation', 'by', 'any'], object: 'intimidation' }, true],
    ['oppose', 'REJECT', { after: ['the', 'plan'], object: 'plan' }, false],
    ['commit', 'AGREE', { after: ['to', 'publishing', 'a', 'diversity'] }, true],
    ['commit', 'AGREE', { after: ['to', 'withdraw', 'its', 'troops'] }, false],
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

describe('actorShift', () => {
  const state: SenseActor = { text: 'Jordan', name: 'Jordan', country: 'JOR' };
  const people: SenseActor = { text: 'Angry Jordanians', name: 'Jordan', country: 'JOR' };
  const troops: SenseActor = { text: 'Israeli troops', name: 'Israeli troops', country: 'ISR', sector: 'MIL' };
  const protesters: SenseActor = { text: 'Jordanian protesters', name: 'Jordanian protesters', country: 'JOR', sector: 'CVL' };
  test.each<[string, string, string | undefined, SenseActor | undefined, string | undefined]>([
    ['a state blocking a crossing restricts movement', 'PROTEST', 'obstruct', state, 'COERCE 191 restrict'],
    ['"the United States" is the state too', 'PROTEST', 'obstruct', { text: 'the United States', name: 'United States', country: 'USA' }, 'COERCE 191 restrict'],
    ['its troops', 'PROTEST', 'obstruct', troops, 'COERCE 191 restrict'],
    ['its people are no state', 'PROTEST', 'obstruct', people, undefined],
    ['protesters obstruct', 'PROTEST', 'obstruct', protesters, undefined],
    ['a state rally is left alone (only obstruction)', 'PROTEST', 'demo', state, undefined],
    ['other types are left alone', 'ASSAULT', undefined, troops, undefined],
    ['no actor', 'PROTEST', 'obstruct', undefined, undefined],
  ])('%s', (_name, type, mode, actor, want) => {
    const got = actorShift(type, mode, actor);
    expect(got ? `${got.type} ${got.cameo} ${got.mode ?? ''}`.trim() : undefined).toBe(want);
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
