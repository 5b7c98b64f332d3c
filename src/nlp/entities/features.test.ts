import { describe, expect, test } from 'vitest';
import { caseClass, isAllCaps, isTitleCase, runFeatures, sentenceFeatures, shape } from './features.js';
import { loadGazetteer } from './gazetteer.js';
import { coarsePos } from './pos.js';

const resources = {
  gazetteer: loadGazetteer(),
  clusters: { fine: new Map([['damascus', 3], ['beirut', 3]]), coarse: [0, 0, 0, 1] },
};
const toks = (s: string) => s.split(' ').map((text) => ({ text }));

describe('token features', () => {
  test.each([
    ['McCain', 'XxXx'],
    ['U.S.', 'X.X.'],
    ['al-Nusra', 'x-Xx'],
    ['1,200', 'd,d'],
  ])('shape(%s) = %s', (word, expected) => expect(shape(word)).toBe(expected));

  test.each([
    ['Kerry', 'init'],
    ['NATO', 'upper'],
    ['said', 'lower'],
    ['iPhone', 'mixed'],
    ['1,200', 'none'],
  ])('caseClass(%s) = %s', (word, expected) => expect(caseClass(word)).toBe(expected));

  test.each([
    ['SYRIAN REBELS LOSE GROUND', true],
    ['BEIRUT ( Reuters ) - Rebels said', false],
    ['Syrian rebels lose ground', false],
  ])('isAllCaps(%s) = %s', (text, expected) => expect(isAllCaps(toks(text))).toBe(expected));

  test.each([
    ['Explosion Rocks Beirut Port , Dozens Killed', true],
    ['Taliban Seize Key District in Northern Afghanistan', true],
    ["Sudan 's Army Seizes Key Town in 2024", true],
    ['Kerry Meets Lavrov', false],
    ['Rebels in Aleppo said they had taken the airport', false],
    ['Russian Foreign Minister Sergei Lavrov met John Kerry in Geneva', false],
  ])('isTitleCase(%s) = %s', (text, expected) => expect(isTitleCase(toks(text))).toBe(expected));

  test.each([
    ['NNP', 'PROPN'],
    ['PROPN', 'PROPN'],
    ['JJ', 'ADJ'],
    [',', 'PUNCT'],
  ])('coarsePos(%s) = %s', (tag, expected) => expect(coarsePos(tag)).toBe(expected));

  test('lowercase identity, affixes, neighbours and clusters are features', () => {
    const f = sentenceFeatures(toks('rebels near Damascus said'), resources)[2] ?? [];
    expect(f).toEqual(expect.arrayContaining(['l=damascus', 'w=Damascus', 'p3=dam', 'x3=cus', 'l-1=near', 'l+1=said', 'l-2=rebels', 'k=3', 'K=1', 'c=init']));
  });

  test('an ALL-CAPS sentence drops case-sensitive features but keeps the lowercase word', () => {
    const f = sentenceFeatures(toks('REBELS NEAR DAMASCUS SAID'), resources)[2] ?? [];
    expect(f).toEqual(expect.arrayContaining(['l=damascus', 'AC', 'k=3']));
    expect(f.some((x) => x.startsWith('w='))).toBe(false);
  });

  test.each([
    ['Mr Kerry said', 1, 't-1'],
    ['Mr. Kerry said', 1, 't-1'],
    ['the Interior Ministry said', 1, 'o+1'],
    ['troops in Saudi Arabia', 2, 'g=country:Bm'],
    ['Syrian troops', 0, 'g=demonym:B'],
  ])('gazetteer features: "%s" token %i has %s', (text, i, feature) => {
    expect(sentenceFeatures(toks(text), resources)[i]).toContain(feature);
  });

  test('POS features appear only when POS is given', () => {
    const withPos = sentenceFeatures([{ text: 'Kerry', pos: 'NNP' }], resources)[0] ?? [];
    const without = sentenceFeatures([{ text: 'Kerry' }], resources)[0] ?? [];
    expect(withPos).toContain('p=PROPN');
    expect(without.some((x) => x.startsWith('p='))).toBe(false);
  });

  test.each([
    // text, token, expected feature
    ['leaders of the National Democratic Party said', 3, 'rh=party'],
    ['leaders of the National Democratic Party said', 5, 'r=E3'],
    ['the Ministry of Defence said', 2, 'r=I3'],
    ['fighters of Ahrar al-Sham attacked', 2, 'r=B2'],
    ['the Interior Ministry said', 1, 'rc=B'],
    ['Kerry said', 0, 'r=S1'],
  ])('capitalised-run features: "%s" token %i has %s', (text, i, feature) => {
    const tokens = toks(text);
    const keys = tokens.map((t) => t.text.toLowerCase());
    const cases = tokens.map((t) => caseClass(t.text));
    const cues = keys.map((k) => resources.gazetteer.orgCues.has(k));
    expect(runFeatures(keys, cases, cues)[i]).toContain(feature);
  });

  test('a lowercase word outside a name has no run features', () => {
    const tokens = toks('Kerry said');
    expect(runFeatures(['kerry', 'said'], tokens.map((t) => caseClass(t.text)), [false, false])[1]).toEqual([]);
  });

  test('usual-case features appear when the table is given', () => {
    const withCase = sentenceFeatures(toks('KERRY SAID TODAY'), { ...resources, wordCase: new Map([['kerry', 5]]) });
    expect(withCase[0]).toEqual(expect.arrayContaining(['cr=5', 'cr|c=5|AC']));
    expect(withCase[1]).toEqual(expect.arrayContaining(['cr=u', 'cr-1=5']));
  });
});
