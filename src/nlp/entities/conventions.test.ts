import { describe, expect, test } from 'vitest';
import { applyConventions } from './conventions.js';
import type { EntityType, TaggedSpan } from './types.js';

/** Spans in `[TYPE words]` markup over space-separated tokens. */
function parse(marked: string): { tokens: { text: string }[]; spans: TaggedSpan[] } {
  const tokens: { text: string }[] = [];
  const spans: TaggedSpan[] = [];
  for (const m of marked.matchAll(/\[(PERSON|ORG|LOC|NORP) ([^\]]+)\]|(\S+)/g)) {
    if (m[3] !== undefined) {
      tokens.push({ text: m[3] });
      continue;
    }
    const words = (m[2] as string).split(' ');
    spans.push({ start: tokens.length, end: tokens.length + words.length, type: m[1] as EntityType });
    tokens.push(...words.map((text) => ({ text })));
  }
  return { tokens, spans };
}

function render(marked: string): string {
  const { tokens, spans } = parse(marked);
  const out = applyConventions(tokens, spans);
  const words = tokens.map((t) => t.text);
  for (const s of [...out].reverse()) words.splice(s.start, s.end - s.start, `[${s.type} ${words.slice(s.start, s.end).join(' ')}]`);
  return words.join(' ');
}

describe('entity conventions', () => {
  test.each([
    ['a country tagged as an organisation is a place', 'on the border with [ORG Turkey] .', 'on the border with [LOC Turkey] .'],
    ['a two-letter country code', 'the [ORG US] said', 'the [LOC US] said'],
    ['a multi-word country', 'bring [ORG Saudi Arabia] on board', 'bring [LOC Saudi Arabia] on board'],
    ['a name before a region noun is a place', 'fighting in [ORG Helmand] province', 'fighting in [LOC Helmand] province'],
    ['a plural region noun reaches back over a coordination', 'in [LOC Anbar] and [ORG Ninveh] provinces', 'in [LOC Anbar] and [LOC Ninveh] provinces'],
    ['a list before a plural region noun', 'in [ORG Idlib] , [PERSON Hama] and [ORG Homs] provinces', 'in [LOC Idlib] , [LOC Hama] and [LOC Homs] provinces'],
    ['a name opening with a place-name head is a place', 'took [LOC al-Bab] and [ORG Tel Abyad] .', 'took [LOC al-Bab] and [LOC Tel Abyad] .'],
    ['a name after an organisation noun is no person', 'the rebel group [PERSON Ahrar al-Sham] said', 'the rebel group [ORG Ahrar al-Sham] said'],
    ['a community word before a noun is a NORP', 'the [ORG Sunni] tribal fighters', 'the [NORP Sunni] tribal fighters'],
    ['an ideology word after a community word is dropped', 'the [ORG Sunni Jihadi] group [ORG Ahrar al-Sham]', 'the [NORP Sunni] Jihadi group [ORG Ahrar al-Sham]'],
    ['an ideology word alone is dropped', 'the [ORG Islamist] group', 'the Islamist group'],
    ['a singular region noun reaches back over nothing', 'in [ORG Acme] and [ORG Ninveh] province', 'in [ORG Acme] and [LOC Ninveh] province'],
  ])('%s', (_name, input, expected) => {
    expect(render(input)).toBe(expected);
  });

  test.each([
    ['a lowercase two-letter word', 'told [ORG us] .'],
    ['an organisation whose name opens with a place-name head', 'at [ORG Tel Aviv University] .'],
    ['an organisation that contains a country name', 'the [ORG Turkey Red Crescent] said'],
    ['an organisation named with a descriptor', 'the [ORG Islamic Jihad] group'],
    ['a descriptor span not before a noun', 'said the [ORG Sunni] .'],
  ])('leaves %s', (_name, input) => {
    expect(render(input)).toBe(input);
  });
});
