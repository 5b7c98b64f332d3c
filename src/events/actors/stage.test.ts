import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';

/** Country/sector of the actor mention whose text is `phrase`, as "CTY/SEC" ("?" when absent). */
async function codeOf(text: string, phrase: string): Promise<string | undefined> {
  const r = await analyze({ text }, { preExtracted: true, date: '2000-01-01' });
  const a = r.actors.find((x) => x.mentions.some((m) => m.text === phrase));
  return a ? `${a.country ?? '?'}/${a.sector ?? '?'}` : undefined;
}

describe('actor phrases', () => {
  test.each([
    // A capitalised title (tagged PROPN) heads the phrase; the possessor gives the country.
    ["Taiwan's Vice Foreign Minister visited Russia.", "Taiwan's Vice Foreign Minister", 'TWN/GOV'],
    // A title before the name decides for the named person.
    ['Nigerian junior foreign minister Dubem Oniya summoned the envoy.', 'Nigerian junior foreign minister Dubem Oniya', 'NGA/GOV'],
    ['U.N. Secretary-General Kofi Annan announced new talks.', 'U.N. Secretary-General Kofi Annan', 'UNO/GOV'],
    // A time word ends the phrase ("official today praised").
    ['A top U.S. official today praised the plan.', 'A top U.S. official', 'USA/GOV'],
    // Peoples of one state count as its demonym; the EU's predecessor is the EU.
    ['Yoruba leaders announced a boycott.', 'Yoruba leaders', 'NGA/GOV'],
    ['The European Community gave aid to Chad.', 'The European Community', 'EUR/?'],
    // A people named by its state of residence belongs to that state.
    ['Bosnian Serbs shelled the town.', 'Bosnian Serbs', 'BIH/?'],
    // An actor-headed phrase after "at" is an actor, not a place.
    ['Demonstrators fired missiles at the Georgian government.', 'the Georgian government', 'GEO/GOV'],
    // A known name whose last word the tagger reads as a verb ("Cross", "Watch") is still that name.
    ['The Red Cross suspended its work in the town.', 'The Red Cross', 'NGO/MED'],
    ['Human Rights Watch said the army killed ten people.', 'Human Rights Watch', 'NGO/SOC'],
    // A capitalised verb after a name the lexicon does not end there stays a verb (a headline).
    ['Russia Bombs Aleppo Again', 'Russia', 'RUS/?'],
    // A collective head takes its sector from a sector modifier.
    ['Opposition groups staged a rally.', 'Opposition groups', '?/OPP'],
    // A common noun owned or modified by a known actor: the owner is the actor, spanning only its name.
    ['Beirut rejected a United Nations appeal.', 'United Nations', 'UNO/?'],
    ["The minister praised Haiti's efforts.", 'Haiti', 'HTI/?'],
    // A participle between a determiner or number and the noun stays in the phrase.
    ['The USA helped the two exiled dissidents from Egypt.', 'the two exiled dissidents', 'EGY/OPP'],
    // An organisation the lexicon lacks: its owning state gives the country, its head noun the sector.
    ["Iraq's Supreme Court ruled on Monday.", "Iraq's Supreme Court", 'IRQ/JUD'],
  ])('%s -> %s', async (text, phrase, want) => {
    expect(await codeOf(text, phrase)).toBe(want);
  });

  test.each([
    // A misspelled state standing alone is the state ("Ethopia", "Quatar's emir").
    ['Ethopia has agreed to reopen its borders.', 'Ethopia', 'ETH/?'],
    ["Quatar's emir launched a mediation effort.", "Quatar's emir", 'QAT/GOV'],
  ])('misspelled state: %s', async (text, phrase, want) => {
    expect(await codeOf(text, phrase)).toBe(want);
  });

  test.each([
    // An actor's name joined to "-led" makes the phrase that actor's.
    ['US-led troops entered the port.', 'US-led troops', 'USA/MIL'],
    ['A NATO-led force patrolled the border.', 'A NATO-led force', 'IGO/MIL'],
    // PLOVER agent nouns the lexicon lacked: guerilla (REB), fundamentalists (REL), elders (CVL), a terror group (REB).
    ['Guerillas in Peru attacked a bus.', 'Guerillas', 'PER/REB'],
    ['Hindu fundamentalists in India burned a church.', 'Hindu fundamentalists', 'IND/REL'],
    ['Tribal elders in Yemen agreed to a truce.', 'Tribal elders', 'YEM/CVL'],
    // A state's common nickname.
    ['The Hermit Kingdom tested another missile.', 'The Hermit Kingdom', 'PRK/?'],
    ['A terror group based in Mali claimed the attack.', 'A terror group', 'MLI/REB'],
  ])('%s -> %s', async (text, phrase, want) => {
    expect(await codeOf(text, phrase)).toBe(want);
  });

  test.each([
    // An ethnic group lives where the sentence places it, whatever its demonym says.
    ['Hundreds of ethnic Russians marched in Estonia.', 'ethnic Russians', 'EST/CVL'],
    ['Ethnic Hungarians protested in Romania on Sunday.', 'Ethnic Hungarians', 'ROU/CVL'],
  ])('ethnic group: %s', async (text, phrase, want) => {
    expect(await codeOf(text, phrase)).toBe(want);
  });

  test('a one-edit variant inside a longer name is no state ("Britton Carroll")', async () => {
    expect((await codeOf('Britton Carroll scored twice.', 'Britton Carroll'))?.startsWith('GBR')).toBe(false);
  });

  test('a lower-case common noun is no state ("the island\'s" is not Iceland)', async () => {
    expect(await codeOf("The island's government official resigned.", "The island's government official")).toBe('?/GOV');
  });
});

describe('country from context', () => {
  test.each([
    // The sentence's other country mention lends its country to a title without one.
    ['President Omar El Bashir shortened the curfew imposed in Sudan.', 'President Omar El Bashir', 'SDN/GOV'],
    // Several countries: the one the article names most often wins.
    ['Kenya held elections. Kenya and Uganda signed a deal. Vice-President Moody Awori met Ugandan and Kenyan envoys.', 'Vice-President Moody Awori', 'KEN/GOV'],
    // A place of the sentence lends before another actor ("in Zimbabwe" before "Britain").
    ['Opposition groups in Zimbabwe are demanding that Britain pay.', 'Opposition groups', 'ZWE/OPP'],
  ])('%s', async (text, phrase, want) => {
    expect(await codeOf(text, phrase)).toBe(want);
  });

  test('no country in the sentence or the article: the country stays open', async () => {
    expect(await codeOf('President Smith resigned.', 'President Smith')).toBe('?/GOV');
  });
});
