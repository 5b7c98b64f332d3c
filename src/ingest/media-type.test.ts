import { describe, expect, test } from 'vitest';
import { detectMediaType, extensionKind, headerKind, sniffIsHtml } from './media-type.js';

describe('headerKind', () => {
  test.each([
    ['text/html; charset=utf-8', 'text/html'],
    ['application/xhtml+xml', 'text/html'],
    ['TEXT/PLAIN', 'text/plain'],
    ['application/pdf', 'binary'],
    ['image/png', 'binary'],
    ['application/octet-stream', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => {
    expect(headerKind(header)).toBe(expected);
  });
});

describe('extensionKind', () => {
  test.each([
    ['a/b/page.HTML', 'text/html'],
    ['page.htm.gz', 'text/html'],
    ['notes.txt', 'text/plain'],
    ['https://x.org/story.php?id=1', 'text/html'],
    ['https://x.org/story', undefined],
    ['dir.v2/file', undefined],
  ])('%s → %s', (name, expected) => {
    expect(extensionKind(name)).toBe(expected);
  });
});

describe('sniffIsHtml', () => {
  test.each([
    ['<!DOCTYPE html><p>x', true],
    ['  <?xml version="1.0"?><html>', true],
    ['Some text then <div class="a">', true],
    ['<P>upper case', true],
    ['Plain prose with a < b and <angle> words', false],
    ['Just a line of text.', false],
  ])('%j → %s', (text, expected) => {
    expect(sniffIsHtml(text)).toBe(expected);
  });
});

describe('detectMediaType', () => {
  test.each([
    ['header first', '<p>x</p>', { contentType: 'text/plain', name: 'a.html' }, 'text/plain'],
    ['then extension', '<p>x</p>', { name: 'a.txt' }, 'text/plain'],
    ['then content', '<p>x</p>', { name: 'a' }, 'text/html'],
    ['an unhelpful header falls through', 'words', { contentType: 'application/octet-stream', name: 'a.html' }, 'text/html'],
  ])('%s', (_name, text, hints, expected) => {
    expect(detectMediaType(text, hints)).toBe(expected);
  });
});
