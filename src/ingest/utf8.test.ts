import { expect, test } from 'vitest';
import { utf8Fit } from './utf8.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test.each([
  ['ASCII only', utf8('plain text'), { multibyte: 0, invalid: 0 }],
  ['two-byte characters', utf8('héllo wörld'), { multibyte: 2, invalid: 0 }],
  ['three-byte characters', utf8('日本 “quoted”'), { multibyte: 4, invalid: 0 }],
  ['a four-byte character', utf8('ok 😀'), { multibyte: 1, invalid: 0 }],
  ['a stray Latin-1 byte', bytes(0x41, 0xe9, 0x42), { multibyte: 0, invalid: 1 }],
  ['UTF-8 mixed with a stray byte', bytes(0xc3, 0xa9, 0xff), { multibyte: 1, invalid: 1 }],
  ['an encoded surrogate (not UTF-8)', bytes(0xed, 0xa0, 0x80), { multibyte: 0, invalid: 3 }],
  ['an overlong encoding', bytes(0xc0, 0xaf), { multibyte: 0, invalid: 2 }],
  ['a truncated sequence at the end', bytes(0x41, 0xe2, 0x80), { multibyte: 0, invalid: 2 }],
])('%s', (_name, input, expected) => {
  expect(utf8Fit(input)).toEqual(expected);
});
