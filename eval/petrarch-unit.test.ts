import { describe, expect, test } from 'vitest';
import { collides, goldCountry, isCameo, parseActorDictionary, parseUnitRecords, stateSubstitutions, substitute } from './petrarch-unit-data.js';
import type { StateMapping } from './petrarch-unit-data.js';

const XML = `<Sentences>
<!-- <Sentence date="19950101" id="GONE" category="DEMO"><Text>commented out</Text></Sentence> -->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore ties
  with Gondor.
</Text>
</Sentence>
<Sentence date = "20080801" id ="ERROR-01"  category="ERROR">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- a suit.</Text>
</Sentence>
<Sentence date="19950102" id="AGENTS-18" category="AGENTS">
<EventCoding sourcecode='""' targetcode="GON" eventcode="223"></EventCoding>
<EventCoding noevents = "True"></EventCoding>
<Text>x</Text>
</Sentence>
</Sentences>`;

const DICT = `<!-- header -->
ARNOR_  [ARN]
ERIADOR  [ERI]
+ERIADORI
+ERIADORIAN
ROHAN  [ROH]
+ROHANS
GONDOR [GON]
+MINAS_TIRITH
GOLLUM  # pas
+SMEAGOL
\t[HOB < 950601]
\t[HOBREB > 990816]
`;

const STATES: Record<string, StateMapping> = {
  ARN: { name: 'Brazil', adjective: 'Brazilian', plural: 'Brazilians', iso: 'BRA' },
  ERI: { name: 'Nigeria', adjective: 'Nigerian', plural: 'Nigerians', iso: 'NGA' },
  ROH: { name: 'Canada', adjective: 'Canadian', plural: 'Canadians', iso: 'CAN' },
  GON: { name: 'Kenya', adjective: 'Kenyan', plural: 'Kenyans', iso: 'KEN' },
};

describe('parseUnitRecords', () => {
  const recs = parseUnitRecords(XML);
  test('skips commented-out records', () => expect(recs.map((r) => r.id)).toEqual(['DEMO-00', 'ERROR-01', 'AGENTS-18']));
  test.each([
    ['DEMO-00', 'date', '1995-01-01'],
    ['ERROR-01', 'date', '2008-08-01'],
    ['DEMO-00', 'text', 'Arnor is about to restore ties with Gondor.'],
    ['AGENTS-18', 'category', 'AGENT'],
  ] as const)('%s %s', (id, field, want) => expect(recs.find((r) => r.id === id)?.[field]).toBe(want));
  test.each([
    ['DEMO-00', [{ kind: 'event', source: 'ARN', target: 'GON', code: '064' }]],
    ['ERROR-01', [{ kind: 'error', error: 'dateline' }]],
    ['AGENTS-18', [{ kind: 'event', source: '""', target: 'GON', code: '223' }, { kind: 'noevents' }]],
  ])('codings of %s', (id, want) => expect(recs.find((r) => r.id === id)?.codings).toEqual(want));
});

describe('parseActorDictionary', () => {
  const entries = parseActorDictionary(DICT);
  test.each([
    ['ERIADOR', ['ERIADOR', 'ERIADORI', 'ERIADORIAN'], ['ERI']],
    ['GOLLUM', ['GOLLUM', 'SMEAGOL'], ['HOB', 'HOBREB']],
    ['ARNOR_', ['ARNOR_'], ['ARN']],
  ])('%s', (main, names, codes) => expect(entries.find((e) => e.names[0] === main)).toEqual({ names, codes }));
});

describe('substitute', () => {
  const subs = stateSubstitutions(parseActorDictionary(DICT), STATES);
  test.each([
    ['Arnor urged Gondor.', 'Brazil urged Kenya.'],
    ["Gondor's army", "Kenya's army"],
    ['Eriadori leaders met the Eriadorian.', 'Nigerian leaders met the Nigerian.'],
    ['the Rohans yielded', 'the Canadians yielded'],
    ['an Arnorian spokesman', 'an Arnorian spokesman'],
    ['Minas Tirith border police', 'Minas Tirith border police'],
    ['Gollum and Gondorian troops', 'Gollum and Kenyan troops'],
  ])('%s', (text, want) => expect(substitute(text, subs)).toBe(want));
});

describe('goldCountry', () => {
  test.each([
    ['ARNGOVFRM', 'BRA'],
    ['NZE', 'NZL'],
    ['LBY', 'LBY'],
    ['---EDU', '---'],
    ['NGOARN', 'NGO'],
    ['HOBREB', undefined],
    ['""', undefined],
  ])('%s', (code, want) => expect(goldCountry(code, STATES)).toBe(want));
});

test.each([
  ['064', true],
  ['1721', true],
  ['202', true],
  ['345', false],
  ['902', false],
])('isCameo(%s)', (code, want) => expect(isCameo(code)).toBe(want));

test.each([
  ['Brazil and Arnor', true],
  ['Arnor and Gondor', false],
])('collides(%s)', (text, want) => expect(collides(text, STATES)).toBe(want));
