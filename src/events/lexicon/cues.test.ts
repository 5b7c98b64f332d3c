import { describe, expect, test } from 'vitest';
import { STATUS_CUES, cueKindsIn } from './cues.js';
import type { CueKind } from './cues.js';

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
    // Seeking or aiming to do something is an intention, in any tense.
    ['The envoy sought to talk with the rebels', 'intended'],
    ['Kenya is seeking to meet the opposition', 'intended'],
    ['The minister hoped to visit Kabul', 'intended'],
    ['If the army crossed the border, it would be war', 'hypothetical'],
    // Fear or reluctance to act says it has not happened.
    ['Many families are afraid to return to the city', 'hypothetical'],
    ['The government is reluctant to lift the curfew', 'hypothetical'],
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

/** The plain scan `cueKindsIn` replaced: every cue of every kind searched in the text. */
function scanAll(text: string): CueKind[] {
  const hay = ` ${text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ')} `;
  return (Object.keys(STATUS_CUES) as CueKind[]).filter((kind) =>
    STATUS_CUES[kind].some((cue) => {
      for (let i = hay.indexOf(cue); i >= 0; i = hay.indexOf(cue, i + 1)) {
        const startOk = /[^a-z0-9]/.test(hay[i - 1] ?? ' ') || /^[^a-z0-9]/.test(cue);
        if (startOk && /[^a-z0-9]/.test(hay[i + cue.length] ?? ' ')) return true;
      }
      return false;
    }),
  );
}

describe('cueKindsIn finds what a scan of every cue finds', () => {
  test.each([
    ["They\u2019ll meet tomorrow and won't sign"],
    ['He said he did not, according to officials, and would refuse'],
    ['SAID THE MINISTER: "WE WILL NOT"'],
    ['saidwill notwithstanding couldn\'t'],
    ['The earthquake-hit town; scheduled   talks\tpreviously'],
    ['Ceasefire talks are to be held unless Hamas threatened to strike'],
    [''],
  ])('%j', (text) => {
    expect(cueKindsIn(text)).toEqual(scanAll(text));
  });

  test('a repeated text gets the same answer, and callers cannot change it', () => {
    const first = cueKindsIn('Iran is ready to resume talks');
    first.push('threat');
    expect(cueKindsIn('Iran is ready to resume talks')).toEqual(scanAll('Iran is ready to resume talks'));
  });
});
