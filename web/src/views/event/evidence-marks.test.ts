import { expect, test } from 'vitest';
import type { Evidence } from '../../api-types.js';
import { evidenceMarks, indexesText, standalone } from './evidence-marks.js';

const TEXT = 'Intro line.\n\nSyrian government forces shelled Aleppo on Tuesday, activists said.';
const start = TEXT.indexOf('Syrian');
const sentence = TEXT.slice(start);
const trig = TEXT.indexOf('shelled');
const EVIDENCE: Evidence = { documentId: 'd', text: sentence, start, end: TEXT.length, trigger: { text: 'shelled', start: trig, end: trig + 7 } };
const EVENT = {
  actors: [{ name: 'Syrian government forces', country: 'SYR', sector: 'GOV' }],
  recipients: [],
  place: { name: 'Aleppo', country: 'SYR', admin1: 'Aleppo', lat: 36.2, lon: 37.16, precision: 'city' },
  dateStart: '2016-05-03',
};

const shown = (marks: ReturnType<typeof evidenceMarks>): [string, string][] => marks.map((m) => [m.cls, TEXT.slice(m.start, m.end)]);

test('located roles are marked approximate, with links to their pages', () => {
  const marks = evidenceMarks(EVENT, [EVIDENCE], TEXT);
  expect(shown(marks)).toEqual([
    ['sentence', sentence],
    ['role-trigger', 'shelled'],
    ['role-actor approx', 'Syrian government forces'],
    ['role-place approx', 'Aleppo'],
    ['role-date approx', 'on Tuesday'],
  ]);
  expect(marks.map((m) => m.href).filter(Boolean)).toEqual(['/actors/Syrian%20government%20forces', '/places/Aleppo?at=36.2,37.16']);
});

test('offsets the API gives are used as they are', () => {
  const at = TEXT.indexOf('forces');
  const marks = evidenceMarks(EVENT, [{ ...EVIDENCE, actor: { text: 'forces', start: at, end: at + 6 } }], TEXT);
  expect(shown(marks)).toContainEqual(['role-actor', 'forces']);
});

test('a role never overlaps the trigger', () => {
  const marks = evidenceMarks({ ...EVENT, actors: [{ name: 'shelled', country: null, sector: null }] }, [EVIDENCE], TEXT);
  expect(shown(marks).filter(([cls]) => cls.startsWith('role-actor'))).toEqual([]);
});

test('evidence whose offsets index another text is told apart, and shown on its own', () => {
  const headline = { documentId: 'd', text: 'Kerry and Lavrov meet in Paris', start: 0, end: 30, trigger: { text: 'meet', start: 17, end: 21 } };
  const alone = standalone({ ...headline, start: 100, end: 130, trigger: { text: 'meet', start: 117, end: 121 } });
  expect([indexesText(EVIDENCE, TEXT), indexesText(headline, TEXT), alone.text.slice(alone.trigger.start, alone.trigger.end)]).toEqual([true, false, 'meet']);
});
