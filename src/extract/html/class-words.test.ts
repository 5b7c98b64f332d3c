import { describe, expect, test } from 'vitest';
import { classSignal, classTokens } from './class-words.js';

describe('classTokens', () => {
  test.each([
    ['article-body', ['article', 'body']],
    ['articleBody', ['article', 'body', 'articlebody']],
    ['share_bar  main', ['share', 'bar', 'main']],
  ])('%s', (value, expected) => {
    expect(classTokens(value)).toEqual(expected);
  });
});

describe('classSignal', () => {
  test.each([
    ['social-share', '', 2],
    ['', 'comments', 2],
    ['related-stories', '', 2],
    ['sidebar', '', 1],
    ['entry-meta', '', 1],
    ['content-sidebar', '', 1],
    ['story-body', '', 0],
    ['header-shadow', '', 0],
  ])('negative level of class=%j id=%j is %i', (cls, id, level) => {
    expect(classSignal(cls, id).negative).toBe(level);
  });

  test.each([
    ['no-sidebar layout', 0],
    ['has-comments', 0],
    ['comments', 2],
  ])('a page-state qualifier cancels the word after it: %j', (cls, level) => {
    expect(classSignal(cls, '').negative).toBe(level);
  });

  test.each([
    ['article-body', true],
    ['entry-content', true],
    ['storyText', true],
    ['article', false],
    ['content-sidebar', false],
  ])('bodyName of %j is %s', (cls, expected) => {
    expect(classSignal(cls, '').bodyName).toBe(expected);
  });

  test.each([['sr-only'], ['visually-hidden'], ['d-none']])('%j is hidden', (cls) => {
    expect(classSignal(cls, '').hidden).toBe(true);
  });
});

describe('positiveHead', () => {
  test.each([
    ['gallery-article', true],
    ['video_post', true],
    ['article-tags', false],
    ['entry-meta', false],
    ['content', false],
    ['footer__disclaimer-text', false],
  ])('%j → %s', (cls, expected) => {
    expect(classSignal(cls, '').positiveHead).toBe(expected);
  });
});
