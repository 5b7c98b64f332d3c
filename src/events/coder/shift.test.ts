import { describe, expect, test } from 'vitest';
import { shiftType } from './shift.js';

describe('shiftType', () => {
  test.each([
    // The manual: an announced retreat is CONCEDE; future cooperation AGREE; future force THREATEN.
    ['RETREAT', 'planned', 'Nigeria said it will withdraw', '', 'CONCEDE'],
    ['CONSULT', 'planned', 'the leaders will meet', '', 'AGREE'],
    ['ASSAULT', 'intended', 'the rebels have sworn to fight', '', 'THREATEN'],
    // An expressed willingness to yield is AGREE ("indicate willingness").
    ['RETREAT', 'intended', 'Syria says it is willing to withdraw', '', 'AGREE'],
    ['CONCEDE', 'intended', 'he is prepared to lift', '', 'AGREE'],
    // A condition after an announced withdrawal or refusal makes it an ultimatum.
    ['RETREAT', 'planned', 'Nigeria announced it will withdraw', ' its force from Chad unless the president arranged a ceasefire', 'THREATEN'],
    ['REJECT', 'planned', 'the party said it will boycott', ' the elections unless the president agrees to step down', 'THREATEN'],
    // What happened keeps its type; a condition alone shifts nothing.
    ['RETREAT', 'occurred', 'the army withdrew', ' its troops unless ordered otherwise', undefined],
    ['AGREE', 'negated', 'Syria will not accept', '', 'REJECT'],
    // Forces getting ready to attack show force; being prepared to attack is a threat.
    ['ASSAULT', 'intended', 'The army prepared to resume shelling', '', 'MOBILIZE'],
    ['ASSAULT', 'planned', 'troops are preparing to storm', '', 'MOBILIZE'],
    ['ASSAULT', 'intended', 'the army is prepared to attack', '', 'THREATEN'],
    // What was agreed to is the agreement, however the agreement is told.
    ['CONCEDE', 'planned', 'Trump will agree to remove', '', 'AGREE'],
    ['CONCEDE', 'hypothetical', 'whether Trump will agree to remove', '', 'AGREE'],
    ['RETREAT', 'occurred', 'Syria agreed to withdraw', '', 'AGREE'],
    ['CONCEDE', 'planned', 'Trump will remove', '', undefined],
  ] as const)('%s %s «%s…%s» → %s', (type, status, before, rest, want) => {
    expect(shiftType(type, status, before, 'main', rest)?.type).toBe(want);
  });
});
