import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';
import type { CodedEvent } from '../../core/index.js';

async function events(text: string): Promise<{ events: CodedEvent[]; text: string; raw: string }> {
  const r = await analyze({ text }, { preExtracted: true, date: '2014-01-13' });
  return { events: r.events, text: r.text, raw: text };
}

const brief = (e: CodedEvent) => `${e.type} ${e.actors.map((a) => `${a.country ?? '?'}/${a.sector ?? '?'}`).join('+')} -> ${e.recipients.map((a) => `${a.country ?? '?'}/${a.sector ?? '?'}`).join('+')}`;

describe('actor resolution and event arguments', () => {
  test.each([
    ['US Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov.', 'CONSULT USA/GOV -> RUS/GOV'],
    ['Syrian rebels attacked Iraqi police.', 'ASSAULT SYR/REB -> IRQ/COP'],
    ["Mr Assad's forces attacked the rebels.", 'ASSAULT SYR/MIL -> SYR/REB'],
    ['Israeli troops were attacked by Palestinian militants.', 'ASSAULT PSE/REB -> ISR/MIL'],
  ])('%s', async (text, want) => {
    const { events: evs } = await events(text);
    expect(evs.map(brief)).toContain(want);
  });
});

describe('an owner stands for the noun it owns', () => {
  const parties = (e: CodedEvent) => `${e.actors.map((a) => a.country ?? '?').join('+')} -> ${e.recipients.map((a) => a.country ?? '?').join('+')}`;
  test.each([
    // The subject is a noun modified by an actor; the modifier is the argument.
    ['The Russian building was demolished by a Ukrainian protestor.', 'UKR -> RUS'],
    // An actor modifying the object noun is the recipient.
    ['Beirut rejected a United Nations appeal.', 'LBN -> UNO'],
  ])('%s', async (text, want) => {
    const { events: evs } = await events(text);
    expect(evs.map(parties)).toContain(want);
  });
});

describe('compound actors give one event per actor', () => {
  test.each([
    ['Iran, Saudi Arabia and Turkey condemned the attack on Israel.', ['IRN', 'SAU', 'TUR']],
    ['The US and Russia have pledged aid to Syria.', ['USA', 'RUS']],
  ])('%s', async (text, countries) => {
    const { events: evs } = await events(text);
    expect(evs.map((e) => e.actors[0]?.country).sort()).toEqual([...countries].sort());
  });
});

describe('status', () => {
  test.each([
    ['The Syrian army attacked the rebels in Homs.', 'occurred'],
    ['The Syrian army did not attack the rebels.', 'negated'],
    ['The Syrian army could attack the rebels.', 'hypothetical'],
    ['The Russian and American ministers will meet in Geneva.', 'planned'],
    ['The Syrian government is willing to allow humanitarian aid into Homs.', 'intended'],
    ['A rebel spokesman said that the Syrian army attacked the rebels.', 'claimed'],
  ])('%s -> %s', async (text, status) => {
    const { events: evs } = await events(text);
    expect(evs[0]?.status).toBe(status);
  });
});

describe('counts, dates and places', () => {
  test('dead count with its qualifier', async () => {
    const { events: evs } = await events('Syrian rebels attacked an army post, killing as many as 12 soldiers.');
    expect(evs[0]?.dead).toMatchObject({ value: 12, qualifier: 'upper' });
  });
  test.each([
    ['Syrian rebels attacked Iraqi police on 10 January 2014.', '2014-01-10', 'day', 'sentence'],
    ['Syrian rebels attacked Iraqi police.', '2014-01-13', 'day', 'article'],
  ])('%s', async (text, date, precision, from) => {
    const { events: evs } = await events(text);
    expect([evs[0]?.date, evs[0]?.datePrecision, evs[0]?.dateFrom]).toEqual([date, precision, from]);
  });
  test('place linked', async () => {
    const { events: evs } = await events('Syrian rebels attacked Iraqi police in Baghdad.');
    expect(evs[0]?.location?.country).toBe('IRQ');
  });
  // The place of a nested event, a possessor or a venue noun's modifier is not the outer event's place.
  test.each([
    ["The Kremlin said the two leaders discussed Russia's air strikes in Syria.", 'CONSULT'],
    ["French deputies held talks with leaders of Romania's new government.", 'CONSULT'],
    ['Mr Kerry said Iran could attend if it agreed that a purpose of the Geneva meeting is peace.', 'AGREE'],
  ])('%s: no place for %s', async (text, type) => {
    const { events: evs } = await events(text);
    const ev = evs.find((e) => e.type === type);
    expect(ev).toBeDefined();
    expect(ev?.location).toBeUndefined();
  });
});

describe('an attack with only its victims named', () => {
  test('is an ASSAULT by PLOVER\'s unidentified actor (UNK, the country struck) with the victims as recipient', async () => {
    const { events: evs } = await events('Three Iraqi civilians have been killed in a car bombing in Baghdad.');
    expect(evs.map((e) => `${brief(e)} ${e.dead?.value ?? ''}`)).toContain('ASSAULT IRQ/UNK -> IRQ/CVL 3');
  });
  test('an attack noun as subject names no actor: an unidentified one, no country without a place', async () => {
    const { events: evs } = await events('A roadside bombing on Monday killed twelve Afghan soldiers.');
    expect(evs.map(brief)).toContain('ASSAULT ?/UNK -> AFG/MIL');
  });
  test('takes the actor of the attack noun that caused it', async () => {
    const { events: evs } = await events('Five Lebanese soldiers were killed in an Israeli air strike.');
    expect(evs.find((e) => e.evidence[0]?.trigger.text === 'killed')?.actors.map((a) => a.country)).toEqual(['ISR']);
  });
});

describe('evidence', () => {
  test('offsets map back to the source text', async () => {
    const { events: evs, raw } = await events('Syrian rebels attacked Iraqi police in Baghdad.');
    const ev = evs[0]!.evidence[0]!;
    expect(raw.slice(ev.trigger.sourceStart, ev.trigger.sourceEnd)).toBe('attacked');
    expect(raw.slice(ev.actor!.sourceStart, ev.actor!.sourceEnd)).toBe('Syrian rebels');
  });
  test('the same event told twice is one event with two evidences', async () => {
    const { events: evs } = await events('Syrian rebels attacked Iraqi police.\n\nLater, Syrian rebels attacked Iraqi police again.');
    expect(evs.filter((e) => e.type === 'ASSAULT').map((e) => e.evidence.length)).toEqual([2]);
  });
});

describe('fixture article', () => {
  const text = readFileSync(new URL('../../../test/fixtures/events/ceasefire-article.txt', import.meta.url), 'utf8');
  test.each([
    // A joint action: all participants are actors, no recipient (PLOVER).
    ['CONSULT FRA/GOV+DEU/GOV ->  occurred @Berlin'],
    // ", killing as many as 12 soldiers": the attack's outcome names its victims.
    ['ASSAULT MLI/REB -> MLI/MIL claimed @Gao'],
    ['ASSAULT MLI/MIL ->  negated @'],
    // Mr Keita's country comes from the article (Mali), marked by: "context".
    ['ASSAULT MLI/MIL ->  occurred @Timbuktu'],
  ])('%s', async (want) => {
    const { events: evs } = await events(text);
    expect(evs.map((e) => `${brief(e)} ${e.status} @${e.location?.name ?? ''}`)).toContain(want);
  });
});

const primaryOf = (evs: CodedEvent[]) => evs.filter((e) => e.primary).map((e) => `${e.type} ${e.actors.map((a) => a.country ?? '?').join('+')} -> ${e.recipients.map((a) => a.country ?? '?').join('+')}`);

describe('the primary event of a sentence (clause model and subject search)', () => {
  test.each([
    ['Pakistan, a key U.S. ally in the war against terrorism, has refused to deploy peacekeepers.', 'REJECT PAK -> '],
    ['Serbia on Thursday flatly rejected an Australian ultimatum.', 'REJECT SRB -> AUS'],
    ['Rebels in the Ivory Coast on Wednesday rejected the peace plan.', 'REJECT CIV -> '],
    ['Russia said on Tuesday that Sudan must return the helicopter.', 'REQUEST RUS -> SDN'],
    // A count's qualifier belongs to the object phrase.
    ['Iraqi troops killed at least 20 Syrian rebels.', 'ASSAULT IRQ -> SYR'],
    // An owner over a longer title ("Iraq's national security advisor").
    ["Iraq's national security advisor met with Syrian President Bashar Assad.", 'CONSULT IRQ -> SYR'],
    // "X engaged Y in a firefight": the subject attacks the engaged object.
    ['Syrian rebels engaged Filipino peacekeepers in a firefight.', 'ASSAULT SYR -> PHL'],
    // "X wants Y to V": X's appeal to Y.
    ['Russia wanted Iran to attack the rebels.', 'REQUEST RUS -> IRN'],
    // A reduced relative modifies its noun: the verb after it takes that noun as subject, not an actor inside it.
    ['The Iraqi prisoners imprisoned for acting against Iran were released by Syria.', 'RETREAT SYR -> IRQ'],
  ])('%s', async (text, want) => {
    const { events: evs } = await events(text);
    expect(primaryOf(evs)).toEqual([want]);
  });
  test('a reduced relative is not the sentence\'s main event', async () => {
    const { events: evs } = await events('French officials accused of planning the attack will be indicted.');
    expect(evs.filter((e) => e.primary).map((e) => e.type)).not.toContain('ACCUSE');
  });
  test('a complement of another trigger is not primary', async () => {
    const { events: evs } = await events('Israel threatened to ban voting in East Jerusalem.');
    expect(evs.filter((e) => e.type === 'COERCE').map((e) => e.primary)).toEqual([undefined]);
  });
});

describe('PLOVER future and refusal shift', () => {
  test.each([
    ['Finland will provide aid to Tanzania.', 'AGREE', 'AID'],
    ['Syria says it will not accept more refugees.', 'REJECT', 'AGREE'],
    ['Palestinian leaders said they would boycott all contact with the United States.', 'THREATEN', 'PROTEST'],
    ['Israeli troops attacked Palestinian militants.', 'ASSAULT', undefined],
  ])('%s', async (text, type, from) => {
    const { events: evs } = await events(text);
    const p = evs.find((e) => e.primary);
    expect([p?.type, p?.shiftedFrom]).toEqual([type, from]);
  });
});

describe('recipient from the event place', () => {
  test.each([
    ['Turkish police imposed a curfew in Ankara.', 'COERCE', ['TUR'], ['place']],
    ['Syrian rebels attacked Iraqi police in Baghdad.', 'ASSAULT', ['IRQ'], [undefined]],
    // A retreat is directed at the place it leaves.
    ['Syria withdrew its troops from Lebanon.', 'RETREAT', ['LBN'], ['place']],
    // An attacked place (the direct object) is the recipient; a place of action is not.
    ['Rebels shelled Aleppo on Monday.', 'ASSAULT', ['SYR'], ['place']],
    ['Syrian troops launched an attack on the town of Qusair.', 'ASSAULT', ['SYR'], ['place']],
    ['Syrian rebels fought in Aleppo.', 'ASSAULT', [], []],
  ])('%s', async (text, type, countries, from) => {
    const { events: evs } = await events(text);
    const e = evs.find((x) => x.type === type);
    expect([e?.recipients.map((r) => r.country), e?.recipients.map((r) => r.from)]).toEqual([countries, from]);
  });
});

describe('bound objects further into the object phrase, and object classes', () => {
  test.each([
    // A sum of money in a currency is economic aid (CAMEO 071), past the indirect object.
    ['The European Union gave Chad 5 million dollars of aid.', 'AID EUR -> TCD'],
    // The restriction noun stands after an adjunct ("by one hour", a day name, "a state of").
    ['Sudanese President Omar al-Bashir shortened by one hour the nightly curfew.', 'CONCEDE SDN -> '],
    ['The Israeli army lifted Friday a day-old blockade on the crossing.', 'RETREAT ISR -> '],
    ["Sudan's government lifted a state of emergency.", 'CONCEDE SDN -> SDN'],
    // A formal complaint is CAMEO 114 (ACCUSE); a hearing is an investigation (090).
    ['Serbia lodged an official protest with Albania.', 'ACCUSE SRB -> ALB'],
    ["Israel's high court opened a landmark hearing into interrogation methods.", 'ACCUSE ISR -> '],
    // "by" after a full object phrase belongs to the noun, not to a passive verb: the calls' author is the recipient.
    ['Germany rejected recent calls by Belarus for economic aid.', 'REJECT DEU -> BLR'],
    // A possessive between a light verb and its event noun.
    ['Israel mounted its long-threatened invasion.', 'ASSAULT ISR -> '],
  ])('%s', async (text, want) => {
    const { events: evs } = await events(text);
    expect(primaryOf(evs)).toEqual([want]);
  });
});

describe('recipients and countries from noun complements; partners as recipients', () => {
  const parties = (e: CodedEvent) => `${e.type} ${e.actors.map((a) => a.country ?? '?').join('+')} -> ${e.recipients.map((a) => a.country ?? '?').join('+')}`;
  test.each([
    // The actor of a complement of the object noun is the recipient when the trigger names none.
    ['Ukraine ratified an agreement with the European Union.', 'SUPPORT UKR -> EUR'],
    ['The rebels dismissed an appeal from President Laurent Gbagbo of the Ivory Coast.', 'REJECT CIV -> CIV'],
    // A headed phrase without a country takes it from its "of"/"from" complement.
    ['The USA helped two dissidents from Egypt.', 'AID USA -> EGY'],
    // A partner after "with" or as object is the recipient; only a coordinated subject is symmetric.
    ['Moroccan diplomats held a meeting with Jordanian officials.', 'CONSULT MAR -> JOR'],
    // The complement of "of" is not the subject; the actor before it is.
    ['The Greek side of the divided island of Cyprus condemned Turkey.', 'ACCUSE GRC -> TUR'],
    // A weekday ends the actor phrase ("Syrian President Bashar Assad Tuesday").
    ["Iraq's foreign minister met with Syrian President Bashar Assad Tuesday.", 'CONSULT IRQ -> SYR'],
  ])('%s', async (text, want) => {
    const { events: evs } = await events(text);
    expect(evs.filter((e) => e.primary).map(parties)).toContain(want);
  });
});

describe('a joint action is one event: every participant an actor, no recipient (PLOVER)', () => {
  test.each([
    // A serial comma keeps the coordination.
    ['The US, Russia, and Switzerland met in Geneva.', 'CONSULT USA+RUS+CHE -> '],
    ['The US and Russia have discussed a ceasefire.', 'CONSULT USA+RUS -> '],
    // Two-sided fighting: both sides are actors.
    ['Syrian troops fought with rebels near Aleppo.', 'ASSAULT SYR+SYR -> '],
  ])('%s', async (text, want) => {
    const { events: evs } = await events(text);
    expect(primaryOf(evs)).toEqual([want]);
  });
});

describe('a count on the victim phrase is the kill event\'s casualty count', () => {
  test.each([
    ['Activists say that as many as 40 civilians taken hostage by the rebels have been killed.', 'killed', 40, 'upper'],
    ['About 30 Iraqi soldiers were killed by Syrian rebels.', 'killed', 30, 'approx'],
    ['Syrian rebels have killed 25 Iraqi policemen.', 'killed', 25, 'exact'],
  ])('%s', async (text, trigger, value, qualifier) => {
    const { events: evs } = await events(text);
    const ev = evs.find((e) => e.evidence.some((v) => v.trigger.text === trigger));
    expect([ev?.dead?.value, ev?.dead?.qualifier]).toEqual([value, qualifier]);
  });
});

describe('a demanded, urged or threatened action is not coded as having happened', () => {
  const at = (text: string, evs: readonly CodedEvent[], word: string) => evs.find((e) => text.slice(e.start, e.end) === word);
  test.each([
    ['The United States demanded that Hamas renounce violence.', 'renounce', 'hypothetical'],
    ['Russia urged Israel to withdraw its troops from Lebanon.', 'withdraw', 'hypothetical'],
    ['Rebels threatened to attack Damascus.', 'attack', 'intended'],
    ['The statement urged Israel to withdraw its troops from Lebanon.', 'withdraw', 'hypothetical'],
    // A gerund in the demand's object names what goes on, not what is demanded.
    ['Turkish unions called for an end to fighting between the army and Kurdish militants.', 'fighting', 'occurred'],
  ])('%s (%s: %s)', async (text, word, status) => {
    const { events: evs, text: t } = await events(text);
    expect(at(t, evs, word)?.status).toBe(status);
  });
});

describe('a speech act with no speaker found is coded with an unknown actor, not replaced by the action it governs', () => {
  const primary = (e: CodedEvent) => `${e.type} ${e.actors.map((a) => a.country ?? '?').join('+') || '-'} -> ${e.recipients.map((a) => a.country ?? '?').join('+') || '-'}`;
  test.each([
    ['On Monday, the statement demanded that Hamas renounce violence.', 'REQUEST - -> PSE'],
    ['The demand that Israel ease the blockade was repeated.', 'REQUEST - -> ISR'],
    ['The statement urged Israel to withdraw its troops from Lebanon.', 'REQUEST - -> ISR'],
    // The possessive owner is the previous sentence's subject.
    ['Egypt condemned the attack. It reiterated its demand that Israel ease the blockade.', 'REQUEST EGY -> ISR'],
  ])('%s', async (text, want) => {
    const { events: evs } = await events(text);
    expect(evs.filter((e) => e.primary).map(primary)).toContain(want);
  });
});

describe('a protest with no actor named is the civilians\' of its place (PLOVER PROTEST: civilian collective action)', () => {
  test.each([
    ['Thousands demonstrated in Kiev against the government.', 'PROTEST UKR/CVL -> UKR/GOV'],
    ['Hundreds rioted in Dakar overnight.', 'PROTEST SEN/CVL -> SEN/?'],
  ])('%s', async (text, want) => {
    const { events: evs } = await events(text);
    expect(evs.map(brief)).toContain(want);
  });

  test('with no place, no actor-less protest is coded', async () => {
    const { events: evs } = await events('Thousands demonstrated against the plan.');
    expect(evs.filter((e) => e.type === 'PROTEST')).toEqual([]);
  });
});

describe('an actor the article gives no country is of the country where the sentence\'s places lie', () => {
  test.each([
    ['Suspected militants ambushed an army convoy near Peshawar, killing 12 soldiers.', 'ASSAULT PAK/REB -> PAK/MIL'],
  ])('%s', async (text, want) => {
    const { events: evs } = await events(text);
    expect(evs.map(brief)).toContain(want);
  });

  test('places in two countries lend none', async () => {
    const { events: evs } = await events('Militants attacked a convoy between Peshawar and Kandahar.');
    expect(evs.flatMap((e) => e.actors).every((a) => a.country === undefined)).toBe(true);
  });
});

describe('a visit is a CONSULT only when someone with a political role is visited', () => {
  test.each([
    ['The Iranian foreign minister visited Turkish President Erdogan in Ankara.', true],
    ['The US president visited Jeffrey Epstein in New York.', false],
  ])('%s -> CONSULT %s', async (text, want) => {
    const { events: evs } = await events(text);
    expect(evs.some((e) => e.type === 'CONSULT')).toBe(want);
  });
});

describe('a verb coordinated with a speech verb is its subject\'s own act', () => {
  test.each([
    ['The Syrian president said he would never negotiate with terrorists, and condemned the Turkish army.', 'ACCUSE', 'SYR occurred'],
    ['US Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov and urged Syria to release the prisoners.', 'REQUEST', 'USA occurred'],
  ])('%s -> %s %s', async (text, type, want) => {
    const { events: evs } = await events(text);
    const e = evs.find((x) => x.type === type);
    expect(e && `${e.actors[0]?.country ?? '?'} ${e.status}`).toBe(want);
  });
});

describe('a state or its forces blocking a place restrict movement; protesters obstruct', () => {
  const types = (evs: CodedEvent[], text: string) => evs.filter((e) => /^block/i.test(text.slice(e.start, e.end))).map((e) => `${e.type} ${e.cameo}`);
  test.each([
    ['Jordan closed its borders with Syria and blocked the Rukban crossing point.', ['COERCE 191']],
    ['Israeli troops blocked the entrance to the village on Monday.', ['COERCE 191']],
    ['Jordanian protesters blocked the Rukban crossing point on Monday.', ['PROTEST 144']],
  ])('%s', async (text, want) => {
    const { events: evs, text: t } = await events(text);
    expect(types(evs, t)).toEqual(want);
  });
});
