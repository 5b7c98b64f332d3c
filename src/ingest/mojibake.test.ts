import { describe, expect, test } from 'vitest';
import { repairMojibake } from './mojibake.js';

/** What UTF-8 text looks like after a Windows-1252 decoder read it. */
function garble(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => {
    const table: Record<number, string> = { 0x80: '€', 0x99: '™', 0x9c: 'œ', 0x93: '“', 0x94: '”', 0x98: '˜', 0x8a: 'Š', 0x8b: '‹', 0x82: '‚', 0x84: '„', 0x9d: '\u009d' };
    return table[c.charCodeAt(0)] ?? c;
  });
}

describe('repairMojibake', () => {
  test.each([
    ['curly apostrophe', 'It’s here', 'Itâ€™s here'],
    ['e acute, twice', 'Café and résumé', 'CafÃ© and rÃ©sumÃ©'],
    ['euro sign and dashes', 'Costs €5 — or less', garble('Costs €5 — or less')],
    ['one telltale sequence is enough', 'naïve', garble('naïve')],
    ['double-encoded text', 'It’s', garble(garble('It’s'))],
    ['C1 controls from a strict Latin-1 decoder', 'It’s “fine”', new TextDecoder('latin1').decode(Buffer.from('It’s “fine”', 'utf8'))],
  ])('repairs %s', (_name, expected, garbled) => {
    const result = repairMojibake(garbled);
    expect(result.text).toBe(expected);
    expect(result.repaired).toBeGreaterThan(0);
  });

  test.each([
    ['clean UTF-8 text', 'Café “news” — €5 naïve Zürich'],
    ['real Windows-1252 text that looks odd', 'café’s menu'],
    ['French à before a no-break space and «', 'Il parle à\u00a0« tous »'],
    ['a single ambiguous pair', 'Åœ'],
    ['plain ASCII', 'Nothing to see here.'],
  ])('leaves %s alone', (_name, text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: 0, examples: [] });
  });

  test('reports examples of what it changed', () => {
    expect(repairMojibake('Itâ€™s a cafÃ©').examples).toEqual(['â€™ → ’', 'Ã© → é']);
  });
});
