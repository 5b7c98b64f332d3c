import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';
import type { AnalysisResult } from '../../analysis.js';
import type { CodedEvent } from '../../core/index.js';

const PAGE = new URL('../../../../shared/data/examples/independent-syria-ceasefire-2014.txt', import.meta.url);

/** One analysis of the page per article date asked (the page gives none): the tests only read it. */
const runs = new Map<string, Promise<AnalysisResult>>();
function page(date: string | undefined = '2014-01-13'): Promise<AnalysisResult> {
  const key = date ?? 'none';
  let r = runs.get(key);
  if (!r) runs.set(key, (r = analyze(PAGE.pathname, date === undefined ? {} : { date })));
  return r;
}

const told = (e: CodedEvent, trigger: string) => e.evidence.some((v) => v.trigger.text === trigger);

describe.skipIf(!existsSync(PAGE))('example page: the issue\'s list (needs ../shared)', () => {
  test('the Kerry–Lavrov meeting in Paris: one CONSULT, told in body and title, Kerry and Lavrov coded by their titles', async () => {
    for (const date of ['2014-01-13', undefined]) {
      const r = await page(date);
      const meetings = r.events.filter((e) => e.type === 'CONSULT' && e.actors.some((a) => a.name === 'John Kerry'));
      expect(meetings.map((e) => [e.status, e.location?.name, e.evidence.map((v) => v.field ?? 'body'), e.actors.map((a) => `${a.country}/${a.sector}`)])).toEqual([
        ['occurred', 'Paris', ['body', 'title'], ['USA/GOV', 'RUS/GOV']],
      ]);
    }
  });

  test('the US/Russia push for a ceasefire: a REQUEST by each, from the title', async () => {
    const push = (await page()).events.filter((e) => e.type === 'REQUEST' && e.evidence.some((v) => v.field === 'title' && v.trigger.text === 'push for'));
    expect(push.map((e) => `${e.actors[0]?.country} ${e.status}`).sort()).toEqual(['RUS occurred', 'USA occurred']);
  });

  test('Assad willing to allow aid in: intended (PLOVER: an expressed willingness to retreat is AGREE), Assad the actor, told by Lavrov', async () => {
    const allow = (await page()).events.filter((e) => told(e, 'allow'));
    expect(allow.map((e) => [e.type, e.shiftedFrom, e.status, e.actors.map((a) => `${a.name}/${a.country}/${a.sector}`)])).toEqual([
      ['AGREE', 'RETREAT', 'intended', ['Bashar al-Assad/SYR/GOV']],
    ]);
  });

  test('Isis recapturing Raqqa, al-Bab and Tel Abyad: one assault per taken place', async () => {
    const taken = (await page()).events.filter((e) => told(e, 'recaptured'));
    expect(taken.map((e) => [e.type, e.status, e.actors[0]?.country, e.location?.text])).toEqual([
      ['ASSAULT', 'occurred', 'IMG', 'Raqqa'],
      ['ASSAULT', 'occurred', 'IMG', 'al-Bab'],
      ['ASSAULT', 'occurred', 'IMG', 'Tel Abyad'],
    ]);
  });

  test('Isis killing prisoners: as many as 100 opponents, 70 bodies (dead 70 to 100), claimed by the local activists', async () => {
    const ev = (await page()).events.find((e) => e.evidence.some((v) => v.trigger.text === 'killed' && v.text.includes('taken prisoner')));
    expect([ev?.actors[0]?.name, ev?.recipients[0]?.text, ev?.status, ev?.claimedBy, ev?.dead?.value, ev?.dead?.max, ev?.dead?.qualifier, ev?.evidence.map((v) => v.trigger.text)]).toEqual([
      'Islamic State', '100 opponents', 'claimed', 'Local activists', 70, 100, 'range', ['killed', 'bodies'],
    ]);
  });

  test('700 dead in the rebels\' infighting', async () => {
    const fighting = (await page()).events.filter((e) => told(e, 'fighting'));
    expect(fighting.map((e) => [e.type, e.status, `${e.actors[0]?.country}/${e.actors[0]?.sector}`, e.dead?.value])).toEqual([['ASSAULT', 'occurred', 'SYR/REB', 700]]);
  });

  test('Assad\'s forces advancing near Aleppo', async () => {
    const advance = (await page()).events.filter((e) => told(e, 'advancing'));
    expect(advance.map((e) => [e.type, e.status, `${e.actors[0]?.country}/${e.actors[0]?.sector}`, e.location?.name, e.location?.relation])).toEqual([['ASSAULT', 'occurred', 'SYR/MIL', 'Aleppo', 'near']]);
  });

  test('Geneva II on 22 January: planned (a planned meeting is AGREE in PLOVER), dated 2014-01-22', async () => {
    const geneva = (await page()).events.filter((e) => told(e, 'conference'));
    expect(geneva.map((e) => [e.type, e.shiftedFrom, e.status, e.date])).toEqual([['AGREE', 'CONSULT', 'planned', '2014-01-22']]);
  });

  test('nothing from the teaser headlines after the article', async () => {
    const r = await page();
    const end = readFileSync(PAGE, 'utf8').indexOf('React Now');
    expect(end).toBeGreaterThan(0);
    expect(r.events.flatMap((e) => e.evidence).filter((v) => (v.sourceStart ?? 0) >= end)).toEqual([]);
  });

  test('what happened is exactly the issue\'s list and the article\'s other reported facts', async () => {
    // Status occurred/claimed is what a user keeps after filtering out what did not happen.
    const factual = (await page()).events.filter((e) => e.status === 'occurred' || e.status === 'claimed');
    expect(factual.map((e) => `${e.type} ${e.status} ${e.evidence[0]!.trigger.text}`).sort()).toEqual([
      // "The US and Russia have discussed a ceasefire …" (also "The Russians and Americans held discussions").
      'AGREE occurred agree', // "the US is now starting to agree with Russia on ending the war"
      'ASSAULT claimed killed',
      'ASSAULT claimed taken', // "100 opponents taken prisoner by Isis", as the activists say
      'ASSAULT occurred advancing',
      'ASSAULT occurred counter-attack',
      'ASSAULT occurred fighting',
      'ASSAULT occurred recaptured',
      'ASSAULT occurred recaptured',
      'ASSAULT occurred recaptured',
      'ASSAULT occurred war', // "the civil war between rival rebel groups intensifies"
      'CONSULT occurred discussed',
      'CONSULT occurred meeting',
      'REQUEST occurred push for',
      'REQUEST occurred push for',
    ]);
  });

  test('a condition is no fact: "Mr Kerry said that could do so only if it agreed …" is no agreement, and not Kerry\'s', async () => {
    const r = await page();
    const agreed = r.events.filter((e) => told(e, 'agreed'));
    expect(agreed.filter((e) => e.status !== 'hypothetical' || e.actors.some((a) => a.name === 'John Kerry'))).toEqual([]);
  });

  test('"only if it agreed": "it" is Iran (the one state of the sentence before; Lavrov and Kerry are persons), hypothetical', async () => {
    const agreed = (await page()).events.filter((e) => told(e, 'agreed'));
    expect(agreed.map((e) => [e.type, e.status, e.actors.map((a) => a.country)])).toEqual([['AGREE', 'hypothetical', ['IRN']]]);
  });

  test('the failed air strikes did not happen', async () => {
    const strikes = (await page()).events.filter((e) => told(e, 'air strikes'));
    expect(strikes.map((e) => `${e.actors[0]?.country} ${e.status}`)).toEqual(['USA negated', 'GBR negated']);
  });

  test('the ceasefire the powers push for is no event of its own', async () => {
    expect((await page(undefined)).events.filter((e) => told(e, 'ceasefire'))).toEqual([]);
  });

  test('the rebels\' civil war is not located in Russia, an actor of the sentence', async () => {
    const war = (await page(undefined)).events.find((e) => e.evidence.some((v) => v.trigger.text === 'war' && v.text.startsWith('The US and Russia')));
    expect([war?.type, war?.actors[0]?.sector, war?.location?.country]).toEqual(['ASSAULT', 'REB', 'SYR']);
  });
});
