import { describe, expect, test } from 'vitest';
import { parseCsvLine, parseGmb } from './gmb.js';

const CSV = [
  'Sentence #,Word,POS,Tag',
  'Sentence: 1,President,NNP,B-per',
  ',Bush,NNP,I-per',
  ',met,VBD,O',
  ',Iraqi,JJ,B-gpe',
  ',officials,NNS,O',
  ',in,IN,O',
  ',Nepal,NNP,B-gpe',
  ',and,CC,O',
  ',the,DT,O',
  ',U.N.,NNP,B-org',
  ',on,IN,O',
  ',Monday,NNP,B-tim',
  ',.,.,O',
  'Sentence: 2,"""",``,O',
  ',The,DT,O',
  ',President,NNP,B-per',
  ',left,VBD,O',
  ',Hyde,NNP,B-geo',
  ',Park,NNP,I-geo',
  ',.,.,O',
  'Sentence: 3,They,PRP,O',
  ',marched,VBD,O',
].join('\r\n');

describe('GMB reader', () => {
  const sentences = parseGmb(CSV);

  test('drops the truncated last sentence', () => {
    expect(sentences).toHaveLength(2);
  });

  test('maps per (without titles), gpe (demonym → NORP, country → LOC) and org; drops tim', () => {
    const s = sentences[0];
    expect(s?.spans).toEqual([
      { start: 1, end: 2, type: 'PERSON' },
      { start: 3, end: 4, type: 'NORP' },
      { start: 6, end: 7, type: 'LOC' },
      { start: 9, end: 10, type: 'ORG' },
    ]);
  });

  test('drops a person span that is only a title; maps geo to LOC', () => {
    expect(sentences[1]?.tokens[0]?.text).toBe('"');
    expect(sentences[1]?.spans).toEqual([{ start: 4, end: 6, type: 'LOC' }]);
  });

  test.each([
    ['a,b,c,d', ['a', 'b', 'c', 'd']],
    [',"10,000",CD,O', ['', '10,000', 'CD', 'O']],
    [',"""",``,O', ['', '"', '``', 'O']],
  ])('parseCsvLine(%s)', (line, fields) => expect(parseCsvLine(line)).toEqual(fields));
});
