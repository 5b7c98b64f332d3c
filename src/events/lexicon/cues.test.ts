import { describe, expect, test } from 'vitest';
import { STATUS_CUES, cueKindsIn } from './cues.js';

describe('STATUS_CUES', () => {
  test.each([
    ['negation', 'did not'],
    ['negation', 'refused to'],
    ['hypothetical', 'could'],
    ['future', 'to be held'],
    ['intended', 'willing to'],
    ['reported', 'according to'],
    ['threat', 'threatened to'],
    ['responsibility', 'claimed responsibility'],
  ] as const)('%s contains "%s"', (kind, cue) => {
    expect(STATUS_CUES[kind]).toContain(cue);
  });
});

describe('cueKindsIn', () => {
  test.each([
    ['Russia did not attack the convoy', 'negation'],
    ['The ministers will meet in Geneva next week', 'future'],
    ['Iran is ready to resume talks', 'intended'],
    ['If the army crossed the border, it would be war', 'hypothetical'],
    ['He died of a heart attack', 'nonPolitical'],
    ['Isis claimed responsibility for the bombing', 'responsibility'],
    ["The rebels won't withdraw", 'negation'],
  ] as const)('"%s" has a %s cue', (text, kind) => {
    expect(cueKindsIn(text)).toContain(kind);
  });

  test.each([
    ['Arab League Secretary-General Chedli Klibi urged the European Community to act'],
    ['The opposition threatened to storm his residence'],
    ['Three civilians were killed in a suicide car bombing'],
    ['The country shares intelligence with its neighbours'],
  ])('"%s" is not marked non-political (league, storm, suicide, shares)', (text) => {
    expect(cueKindsIn(text)).not.toContain('nonPolitical');
  });

  test.each([
    ['The tropical storm killed six people'],
    ['He committed suicide in prison'],
    ['Shares fell after the attack on the bank'],
  ])('"%s" is marked non-political', (text) => {
    expect(cueKindsIn(text)).toContain('nonPolitical');
  });

  test('cues match whole words only ("nowhere" is not "no")', () => {
    expect(cueKindsIn('Troops advanced from nowhere')).not.toContain('negation');
  });
});
