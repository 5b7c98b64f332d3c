import { describe, expect, test } from 'vitest';
import { runStages } from '../test-doc.js';
import { tokensStage } from './stage.js';

const sentencesOf = async (paragraphs: string[]) => {
  const doc = await runStages(paragraphs, [tokensStage]);
  return (doc.layer('sentences') ?? []).map((s) => doc.slice(s));
};

describe('tokens stage', () => {
  test.each([
    ['titles', 'Mr. Kerry met Gen. Smith. They talked.', ['Mr. Kerry met Gen. Smith.', 'They talked.']],
    ['initialisms', 'The U.S. and the U.N. agreed on Jan. 5. Talks ended.', ['The U.S. and the U.N. agreed on Jan. 5.', 'Talks ended.']],
    ['a quote with two sentences', 'He said “we talked. Maybe later.” Then he left.', ['He said “we talked.', 'Maybe later.”', 'Then he left.']],
    ['a quoted exclamation before its attribution', '"Go!" he shouted. She left.', ['"Go!" he shouted.', 'She left.']],
    ['a title abbreviation wink ends a sentence on', 'It was signed by Pres. Obama and Chancellor Merkel. It held.', ['It was signed by Pres. Obama and Chancellor Merkel.', 'It held.']],
    ['initials in a name', 'Dr. J. R. Smith said so. Others agreed.', ['Dr. J. R. Smith said so.', 'Others agreed.']],
  ])('splits sentences: %s', async (_name, text, expected) => {
    expect(await sentencesOf([text])).toEqual(expected);
  });

  test.each([
    ['Title Case', 'Rebels Seize Border Town After Heavy Fighting', 'Town', 'NOUN'],
    ['Title Case', 'Rebels Seize Border Town After Heavy Fighting', 'Heavy', 'ADJ'],
    ['ALL CAPS', 'POLICE ARREST PROTESTERS OUTSIDE PARLIAMENT', 'PROTESTERS', 'NOUN'],
    ['running text', 'Rebels seized the Border Town of Kafr after heavy fighting.', 'Town', 'PROPN'],
    ['Title Case, a verb wink reads as a noun (probed)', 'Government Troops Attack Rebel Base', 'Attack', 'VERB'],
    ['ALL CAPS, a verb wink reads as a noun (probed)', 'POLICE ARREST PROTESTERS OUTSIDE PARLIAMENT', 'ARREST', 'VERB'],
    ['Title Case, no probe where wink found a verb', 'Record Harvest Boosts Farm Incomes', 'Harvest', 'NOUN'],
    ['Title Case, no verb in a noun phrase', 'Widespread Torture During Government Occupation', 'Occupation', 'NOUN'],
    ['Title Case, a common first word', 'Protest Continues To Disrupt Traffic Near Rome', 'Protest', 'NOUN'],
  ])('tags a %s line in running-text casing: %s → %s is %s', async (_name, text, word, tag) => {
    const doc = await runStages([text], [tokensStage]);
    const tokens = doc.layer('tokens')!;
    expect(tokens.map((t) => doc.slice(t)).join(' ')).toBe(text.replace(/\./, ' .'));
    expect(tokens.find((t) => doc.slice(t) === word)?.pos).toBe(tag);
  });

  test('leaves a Title Case line too long for a headline (a list) as wink tagged it', async () => {
    const doc = await runStages([`Border Town ${Array.from({ length: 12 }, (_, i) => `Kafr Deir${i}`).join(' ')}`], [tokensStage]);
    expect(doc.layer('tokens')!.find((t) => doc.slice(t) === 'Town')?.pos).toBe('PROPN');
  });

  test('never lets a sentence cross a paragraph boundary', async () => {
    const doc = await runStages(['A heading without a stop', 'The body starts here. It goes on.'], [tokensStage]);
    const paragraphs = doc.layer('paragraphs')!;
    for (const s of doc.layer('sentences')!) {
      const p = paragraphs[s.paragraph]!;
      expect(s.start >= p.start && s.end <= p.end).toBe(true);
    }
    expect(doc.layer('sentences')!.map((s) => doc.slice(s))).toEqual(['A heading without a stop', 'The body starts here.', 'It goes on.']);
  });

  test.each([
    ["contractions and curly quotes: He didn't say “it’s over,” did he?"],
    ['hyphens, money and percentages: al-Assad’s forces took $1.5bn, 5% of 2013-14 spending.'],
    ['odd spacing:  two  spaces,\ttab and an emoji 😀 here.'],
  ])('maps every token back to the text exactly (%s)', async (text) => {
    const doc = await runStages([text], [tokensStage]);
    const tokens = doc.layer('tokens')!;
    expect(tokens.length).toBeGreaterThan(5);
    const joined = tokens.map((t) => doc.slice(t)).join('');
    expect(joined).toBe(text.replace(/\s+/g, ''));
  });

  test('tags parts of speech', async () => {
    const doc = await runStages(['The officials said 700 people died.'], [tokensStage]);
    expect(doc.layer('tokens')!.map((t) => t.pos)).toEqual(['DET', 'NOUN', 'VERB', 'NUM', 'NOUN', 'VERB', 'PUNCT']);
  });
});
