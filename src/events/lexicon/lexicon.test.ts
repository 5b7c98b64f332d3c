import { describe, expect, test } from 'vitest';
import { allTriggers } from './triggers.js';
import { PLOVER_TYPES, modesFor, ploverCodebook } from './plover.js';
import { validateLexicon } from './validate.js';

describe('lexicon data', () => {
  test('every file passes the cross-file checks (types, modes, CAMEO codes, actor codes, shared aliases)', () => {
    expect(validateLexicon()).toEqual([]);
  });

  test.each(PLOVER_TYPES.map((t) => [t]))('%s has at least ten trigger readings', (type) => {
    expect(allTriggers().filter((t) => t.type === type).length).toBeGreaterThanOrEqual(10);
  });

  test('the codebook lists the PLOVER modes the manual defines', () => {
    expect(modesFor('ASSAULT')).toContain('heavy-weapons');
    expect(modesFor('AGREE')).toEqual([]);
    expect(ploverCodebook().sectors.map((s) => s.code)).toContain('COP');
  });
});
