import { describe, expect, test } from 'vitest';
import { findPlaceMentions } from './mentions.js';
import { eventTargets, linkEventPlace } from './link.js';
import { candidateFeatures } from './link-features.js';

/** Links the event triggered by `trigger` (first occurrence) in `sentence`. */
function link(sentence: string, trigger: string) {
  const start = sentence.indexOf(trigger);
  return linkEventPlace(sentence, { start, end: start + trigger.length }, findPlaceMentions(sentence));
}

describe('linkEventPlace', () => {
  test.each([
    ['Heavy clashes near Aleppo killed 12 fighters.', 'clashes', 'Aleppo', 'near'],
    ['Syrian rebels attacked an army checkpoint in Homs on Friday.', 'attacked', 'Homs', 'in'],
    ['The Damascus government said rebels shelled a school in Idlib.', 'shelled', 'Idlib', 'in'],
    ['A car bomb exploded in the town of Mahmudiyah, 30 kilometres (20 miles) south of Baghdad.', 'exploded', 'Mahmudiyah', 'in'],
    ['Rudolph was captured in Murphy, North Carolina, early Saturday.', 'captured', 'Murphy', 'in'],
    ['A rocket struck homes in the West Bank city of Nablus.', 'struck', 'Nablus', 'in'],
    ['Government troops captured Raqqa after weeks of fighting.', 'captured', 'Raqqa', undefined],
    ['Jaffna was captured by government forces in December.', 'captured', 'Jaffna', undefined],
  ])('%s → %s', (sentence, trigger, place, relation) => {
    const result = link(sentence, trigger);
    expect(result?.place.text).toBe(place);
    expect(result?.relation).toBe(relation);
  });

  test('a relative location keeps its relation and anchor', () => {
    const result = link('Government jets bombed villages east of Damascus.', 'bombed');
    expect(result?.place.text).toBe('Damascus');
    expect(result?.relation).toBe('east of');
    expect(result?.anchor?.text).toBe('Damascus');
  });

  test('fled from Mosul to Erbil: the origin is never the link', () => {
    expect(link('Thousands fled from Mosul to Erbil last week.', 'fled')?.place.text).not.toBe('Mosul');
  });

  test('an origin is not where the event happened', () => {
    expect(link('Thousands fled from Mosul on Monday.', 'fled')).toBeUndefined();
  });

  test('a sentence without places links nothing', () => {
    expect(link('The rebels attacked the convoy at dawn.', 'attacked')).toBeUndefined();
  });

  test('places coordinated with the linked one come back in also', () => {
    const result = link('Airstrikes killed 20 militants in Kobane, Manbij and Raqqa on Sunday.', 'killed');
    expect([result?.place.text, ...(result?.also ?? []).map((p) => p.text)]).toEqual(['Kobane', 'Manbij', 'Raqqa']);
  });

  test.each([
    ['Hundreds demonstrated in Berlin and in the German town of Mainz on Saturday.', 'demonstrated', ['Berlin', 'Mainz']],
    ['Gunmen killed six people, two in Miranshah and four in Mir Ali.', 'killed', ['Mir Ali', 'Miranshah']],
  ])('a list with repeated prepositions is one list: %s', (sentence, trigger, places) => {
    const result = link(sentence, trigger);
    expect([result?.place.text, ...(result?.also ?? []).map((p) => p.text)].sort()).toEqual(places);
  });

  test('a country as the subject of the trigger is an actor, not the place', () => {
    expect(link('Serbia on Thursday flatly rejected an Australian ultimatum.', 'rejected')).toBeUndefined();
  });

  test('a place naming an actor is not a location', () => {
    expect(link('The Damascus government condemned the attack.', 'condemned')).toBeUndefined();
  });

  test.each([
    ['The US and Russia have discussed a ceasefire, as the civil war between rival rebel groups intensifies.', 'war', 'Russia', true],
    ['The US and Russia have discussed a ceasefire, as the civil war between rival rebel groups intensifies.', 'war', 'US', true],
    ['The US is now starting to agree with Russia on ending the war.', 'agree', 'Russia', true],
    ['Russia and US unite to push for Syria ceasefire.', 'unite', 'Syria', true],
    ['Betancourt was captured by Colombia\'s main rebel group in 2002.', 'captured', 'Colombia', false],
    ['Fighting in Syria has killed thousands.', 'killed', 'Syria', false],
    ['Esper on Wednesday accused China of intimidating smaller nations.', 'accused', 'China', true],
    ['They suffer because Russia and the [Syrian] Regime are blocking them from food.', 'blocking', 'Russia', true],
    ['Advisers want a deal, while the US maintains existing tariffs.', 'deal', 'US', true],
    ['He is caving to Beijing on trade.', 'caving', 'Beijing', false],
    ['Trump withheld military aid to Ukraine.', 'aid', 'Ukraine', true],
    ['China has sent troops to Hong Kong.', 'sent', 'Hong Kong', false],
    ['Obama threatened to attack Syria.', 'attack', 'Syria', false],
    ['They held a conference, a sign that the war in Syria might end.', 'conference', 'Syria', true],
    ['Binalshibh was captured after a gun battle in Pakistan.', 'captured', 'Pakistan', false],
  ])('a country as a party to some event of the sentence, its target, or the place of another event is ruled out: %s (%s, %s)', (sentence, trigger, place, ruled) => {
    const places = findPlaceMentions(sentence);
    const start = sentence.indexOf(trigger);
    const k = places.findIndex((p) => p.text === place);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(candidateFeatures(sentence, { start, end: start + trigger.length }, places)[k]?.ruledOut).toBe(ruled);
  });

  test.each([
    ['Boko Haram attacked Akida village and Mbuta village near Maiduguri.', 'attacked', 'Mbuta', 'Akida'],
    ['Rebels shelled Homs, Hama and Idlib.', 'shelled', 'Idlib', 'Homs'],
  ])('list members joined past a type noun: %s', (sentence, trigger, member, head) => {
    const places = findPlaceMentions(sentence);
    const start = sentence.indexOf(trigger);
    const cands = candidateFeatures(sentence, { start, end: start + trigger.length }, places);
    const k = places.findIndex((p) => p.text === member);
    expect(places[cands[k]?.coordinatedWith ?? -1]?.text).toBe(head);
  });

  test.each([
    ['Police shot five militants in India\'s northeastern state of Assam.', 'shot', 'India', true],
    ['Police shot five militants in India\'s northeastern state of Assam.', 'shot', 'Assam', false],
    ['A bomb exploded in Hotan Prefecture in the volatile region of Xinjiang.', 'exploded', 'Xinjiang', true],
    ['A bomb exploded in Hotan Prefecture in the volatile region of Xinjiang.', 'exploded', 'Hotan Prefecture', false],
    ['Rebels shelled Homs, Hama and Idlib.', 'shelled', 'Hama', false],
  ])('a place that only locates another ("X\'s state of Y", "Y in the region of X") is marked a container: %s (%s)', (sentence, trigger, place, container) => {
    const places = findPlaceMentions(sentence);
    const start = sentence.indexOf(trigger);
    const k = places.findIndex((p) => p.text === place);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(candidateFeatures(sentence, { start, end: start + trigger.length }, places)[k]?.features.includes('container')).toBe(container);
  });

  test.each([
    ['Thousands gathered for protests in Istanbul, Turkey.', 'gathered', 'Turkey', undefined],
    ['Six people were killed in Lahore, Punjab, on Tuesday.', 'killed', 'Punjab', undefined],
    ['Rebels shelled Homs, Hama and Idlib.', 'shelled', 'Hama', 'Homs'],
  ])('a broader place after a comma locates the one before it rather than joining its list: %s', (sentence, trigger, member, head) => {
    const places = findPlaceMentions(sentence);
    const start = sentence.indexOf(trigger);
    const cands = candidateFeatures(sentence, { start, end: start + trigger.length }, places);
    const k = places.findIndex((p) => p.text === member);
    expect(k).toBeGreaterThanOrEqual(0);
    const coordinated = cands[k]?.coordinatedWith;
    expect(coordinated === undefined ? undefined : places[coordinated]?.text).toBe(head);
  });

  test.each([
    ['Utah Beach was captured with light losses.', 'captured', 'Utah Beach', true],
    ['Government troops captured Raqqa after weeks of fighting.', 'captured', 'Raqqa', false],
  ])('a passive subject is marked apart from an object: %s', (sentence, trigger, place, passive) => {
    const places = findPlaceMentions(sentence);
    const start = sentence.indexOf(trigger);
    const k = places.findIndex((p) => p.text === place);
    expect(candidateFeatures(sentence, { start, end: start + trigger.length }, places)[k]?.features.includes('passive')).toBe(passive);
  });

  test.each([
    ['Esper on Wednesday accused China of intimidating smaller nations.', 'accused', ['China']],
    ['The US is now starting to agree with Russia on ending the war.', 'agree', ['Russia']],
    ['Betancourt was captured by Colombia in 2002.', 'captured', []],
    ['Heavy clashes near Aleppo killed 12 fighters in Syria.', 'clashes', []],
  ])('the countries an event is directed at: %s', (sentence, trigger, targets) => {
    const start = sentence.indexOf(trigger);
    expect(eventTargets(sentence, { start, end: start + trigger.length }, findPlaceMentions(sentence)).map((p) => p.text)).toEqual(targets);
  });
});
