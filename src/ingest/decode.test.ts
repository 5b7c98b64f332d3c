import { describe, expect, test } from 'vitest';
import { canonicalEncoding, charsetParameter, decodeBytes, sniffUtf16 } from './decode.js';

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le');
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

/** Windows-1252 bytes: “ ” are 0x93 0x94, € is 0x80, é is 0xE9, – is 0x96. */
const CP1252_SAMPLE = Buffer.from([...latin1('Caf'), 0xe9, 0x20, 0x93, ...latin1('news'), 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, ...latin1('ok')]);
const CP1252_TEXT = 'Café “news” €5 – ok';

describe('decodeBytes', () => {
  test.each([
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<p>Café “x”</p>')]), {}, '<p>Café “x”</p>', 'utf-8', 'bom'],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('<p>Café €</p>')]), {}, '<p>Café €</p>', 'utf-16le', 'bom'],
    ['UTF-16BE BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('<p>Café €</p>')]), {}, '<p>Café €</p>', 'utf-16be', 'bom'],
    ['BOM beats a contradicting header', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('é')]), { contentType: 'text/html; charset=iso-8859-2' }, 'é', 'utf-8', 'bom'],
    ['header charset', CP1252_SAMPLE, { contentType: 'text/plain; charset=windows-1252' }, CP1252_TEXT, 'windows-1252', 'header'],
    ['header charset, quoted latin1 label', CP1252_SAMPLE, { contentType: 'text/html; charset="ISO-8859-1"' }, CP1252_TEXT, 'windows-1252', 'header'],
    ['header beats meta', Buffer.concat([latin1('<meta charset="utf-8"><p>'), CP1252_SAMPLE]), { contentType: 'text/html;charset=windows-1252' }, `<meta charset="utf-8"><p>${CP1252_TEXT}`, 'windows-1252', 'header'],
    ['meta charset', Buffer.concat([latin1('<meta charset="windows-1252"><p>'), CP1252_SAMPLE]), {}, `<meta charset="windows-1252"><p>${CP1252_TEXT}`, 'windows-1252', 'meta'],
    [
      'meta http-equiv latin-1',
      Buffer.concat([latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>'), CP1252_SAMPLE]),
      {},
      `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>${CP1252_TEXT}`,
      'windows-1252',
      'meta',
    ],
    ['meta iso-8859-2', Buffer.concat([latin1('<meta charset="iso-8859-2"><p>'), Buffer.from([0xb1, 0xe6])]), {}, '<meta charset="iso-8859-2"><p>ąć', 'iso-8859-2', 'meta'],
    ['sniffed windows-1252 without declaration', CP1252_SAMPLE, {}, CP1252_TEXT, 'windows-1252', 'sniff'],
    ['sniffed UTF-8 without declaration', utf8('<p>Café “x” — €</p>'), {}, '<p>Café “x” — €</p>', 'utf-8', 'sniff'],
    ['pure ASCII defaults to UTF-8', utf8('<p>plain</p>'), {}, '<p>plain</p>', 'utf-8', 'default'],
    ['UTF-16LE without BOM is sniffed', utf16le('<html><p>Hello world</p></html>'), {}, '<html><p>Hello world</p></html>', 'utf-16le', 'sniff'],
    ['caller-given encoding', CP1252_SAMPLE, { encoding: 'cp1252' }, CP1252_TEXT, 'windows-1252', 'given'],
    ['given encoding beats meta', Buffer.concat([latin1('<meta charset="utf-8">'), CP1252_SAMPLE]), { encoding: 'windows-1252' }, `<meta charset="utf-8">${CP1252_TEXT}`, 'windows-1252', 'given'],
    ['declared latin-1 but bytes are UTF-8', Buffer.concat([latin1('<meta charset="iso-8859-1">'), utf8('Café “x”')]), {}, '<meta charset="iso-8859-1">Café “x”', 'utf-8', 'sniff'],
    ['declared UTF-8 but bytes are windows-1252', Buffer.concat([latin1('<meta charset="utf-8">'), CP1252_SAMPLE]), {}, `<meta charset="utf-8">${CP1252_TEXT}`, 'windows-1252', 'sniff'],
  ])('%s', (_name, bytes, options, text, encoding, encodingSource) => {
    const decoded = decodeBytes(bytes, { input: 'x.html', ...options });
    expect(decoded).toMatchObject({ text, encoding, encodingSource });
  });

  test.each([
    ['declared latin-1 but bytes are UTF-8', Buffer.concat([latin1('<meta charset="iso-8859-1">'), utf8('Café')]), 'encoding-corrected'],
    ['no declaration and not UTF-8', CP1252_SAMPLE, 'encoding-guessed'],
    ['mostly UTF-8 with one broken byte', Buffer.concat([utf8('Café “x” naïve '), Buffer.from([0xff]), utf8(' ok')]), 'encoding-replaced'],
    ['unknown charset label in the header', utf8('hello'), 'encoding-unknown-label'],
  ])('notes: %s', (_name, bytes, code) => {
    const decoded = decodeBytes(bytes, { input: 'x.html', contentType: code === 'encoding-unknown-label' ? 'text/html; charset=x-bogus' : 'text/html' });
    expect(decoded.notes.map((n) => n.code)).toContain(code);
  });

  test('an unknown caller-given encoding is an input error', () => {
    expect(() => decodeBytes(utf8('hello'), { input: 'x.html', encoding: 'klingon-8' })).toThrow(expect.objectContaining({ code: 'unknown-encoding' }));
  });

  test('windows-1252 keeps the bytes browsers keep (0x81 is U+0081, not U+FFFD)', () => {
    expect(decodeBytes(Buffer.from([0x61, 0x81, 0x62]), { input: 'x', encoding: 'windows-1252' }).text).toBe('a\u0081b');
  });
});

describe('canonicalEncoding', () => {
  test.each([
    ['latin1', 'windows-1252'],
    ['ISO-8859-1', 'windows-1252'],
    ['utf8', 'utf-8'],
    [' "UTF-8" ', 'utf-8'],
    ['Shift_JIS', 'shift_jis'],
    ['cp437', 'cp437'],
    ['no-such-thing', undefined],
    ['', undefined],
  ])('%j → %j', (label, expected) => {
    expect(canonicalEncoding(label)).toBe(expected);
  });
});

describe('charsetParameter', () => {
  test.each([
    ['text/html; charset=UTF-8', 'UTF-8'],
    ['text/html;charset="windows-1252"', 'windows-1252'],
    ['text/html', undefined],
    ['text/html; foo=bar; charset=koi8-r', 'koi8-r'],
  ])('%s', (header, expected) => {
    expect(charsetParameter(header)).toBe(expected);
  });
});

describe('sniffUtf16', () => {
  test.each([
    ['UTF-16LE text', utf16le('Hello there, world'), 'utf-16le'],
    ['UTF-16BE text', utf16be('Hello there, world'), 'utf-16be'],
    ['ASCII text', utf8('Hello there, world'), undefined],
    ['binary with scattered NULs', Buffer.from([1, 0, 0, 3, 4, 0, 0, 0, 9, 9, 0, 1]), undefined],
  ])('%s', (_name, bytes, expected) => {
    expect(sniffUtf16(bytes)).toBe(expected);
  });
});
