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

  test('cues match whole words only ("nowhere" is not "no")', () => {
    expect(cueKindsIn('Troops advanced from nowhere')).not.toContain('negation');
  });
});
