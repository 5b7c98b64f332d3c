import { describe, expect, test } from 'vitest';
import { halfOf, ploverTypeOf, recordHalves } from './cameo-examples.js';
import { newsText, parseCameoExamples, parseCodeList } from './cameo-manual.js';

// Our own miniature of the manual's irregular tables (invented sentences, not the manual's).
const CODES = parseCodeList(['CAMEOEVENTCODE\tEVENTDESCRIPTION', '04\tCONSULT', '040\tConsult, not specified below', '041\tDiscuss by telephone', '042\tMake a visit', '043\tHost a visit', '05\tCOOPERATE', '050\tEngage in diplomatic cooperation, not specified below', '051\tPraise or endorse', '052\tDefend verbally', '053\tRally support on behalf of'].join('\n'));
const MANUAL = [
  '## VERB CODEBOOK',
  '## 2.4 CONSULT',
  '| CAMEO | 040 |',
  '|---|---|',
  '| Name | Consult, not specified below |',
  '| Example | Ruritania held talks with Freedonia on Monday. |',
  '| NAME | Discuss by telephone |',
  '| Example | The king phoned the mayor of Osterlich. |',
  '| NAME | CAMEO |',
  '| Description | Travel to another place. |',
  '| Example | The envoy flew to Osterlich on Monday. |',
  '| Usage Notes | Host a visit Receive a visitor. |',
  '| Example | Freedonia welcomed the envoy from Ruritania. |',
  '## 2.5 ENGAGE IN DIPLOMATIC COOPERATION',
  '| NAME | Praise highly or endorse |',
  '| Example | The minister lauded the treaty on Monday. |',
  '| Example Note | 053 |',
  '| Example | Ruritania rallied support for the plan. |',
  '| CAMEO | 0599 |',
  '| Name | Some code the list lacks |',
  '| Example | An odd one with a new code. |',
  '## Chapter 3',
  '| Example | This row is not in the verb codebook. |',
].join('\n');

describe('CAMEO manual examples: the code of the entry each example sits in', () => {
  const got = parseCameoExamples(MANUAL, CODES);
  test.each([
    // A number row followed by its name row is one entry.
    [0, '040'],
    // A name row alone opens the code whose listed name it is.
    [1, '041'],
    // A bare "NAME | CAMEO" header opens the next code of the list.
    [2, '042'],
    // A row that starts with a listed name opens that code, whatever its key.
    [3, '043'],
    // A name row close in words to a listed name opens it; the section gives the root.
    [4, '051'],
    // A number in an Example Note row is the manual's own number.
    [5, '053'],
    // The manual's number wins where the code list lacks it.
    [6, '0599'],
  ])('example %i has code %s', (i, code) => {
    expect(got[i]?.code).toBe(code);
  });

  test('only the verb codebook chapter is read', () => {
    expect(got.map((e) => e.text)).not.toContain('This row is not in the verb codebook.');
    expect(got).toHaveLength(7);
  });
});

describe('CAMEO code to PLOVER type', () => {
  test.each([
    ['042', 'CONSULT'],
    // A code our table lacks takes its nearest listed ancestor's type.
    ['0429', 'CONSULT'],
    // PLOVER drops most of CAMEO 01.
    ['010', undefined],
  ])('%s -> %s', (code, type) => {
    expect(ploverTypeOf(code)).toBe(type);
  });
});

describe('dev/check half of an example', () => {
  // Record 1 (odd): check.
  const records = recordHalves(['The envoy of Osterlich met the king of Freedonia.', 'The minister of Ruritania flew to Freedonia on Monday.']);
  const ex = (position: number, text: string) => ({ position, code: '042', root: '04', text });
  test.each([
    // A PLOVER record keeps its half, here against the parity of its position.
    [ex(0, 'The minister of Ruritania flew to Freedonia on Monday, officials said.'), 'check'],
    // Also as the second sentence of a two-sentence row.
    [ex(0, 'Talks ended. The minister of Ruritania flew to Freedonia on Monday.'), 'check'],
    // Not inside a sentence.
    [ex(0, 'Officials said the minister of Ruritania flew to Freedonia on Monday.'), 'dev'],
    // Others go by parity.
    [ex(3, 'The envoy met the king.'), 'check'],
    [ex(4, 'The envoy met the king.'), 'dev'],
  ])('%j', (e, half) => {
    expect(halfOf(e, records)).toBe(half);
  });
});

describe('news text of an Example row', () => {
  test.each([
    ['The envoy met the king of Freedonia on Monday.', 'The envoy met the king of Freedonia on Monday.'],
    // Coding notes that slipped into the row are dropped.
    ['Ruritania and Freedonia signed a trade pact on Monday. Two reciprocal events are coded with actors reversed.', 'Ruritania and Freedonia signed a trade pact on Monday.'],
    // A row that is only a code, a name or a note is no example.
    ['1383', undefined],
    ['Conduct strike or boycott', undefined],
    ['This lead is coded as 040 since the place is not given.', undefined],
    // The tail of a sentence cut by a page break.
    ['in response to recent unrest within the capital city of Freedonia.', undefined],
  ])('%s', (row, want) => {
    expect(newsText(row)).toBe(want);
  });
});
