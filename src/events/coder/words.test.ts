import { describe, expect, test } from 'vitest';
import type { Token } from '../../core/index.js';
import { sentenceWords } from './words.js';

/** Tokens of `text` split at spaces, all tagged `pos`. */
function tokens(text: string, pos = 'NOUN'): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) out.push({ start: m.index, end: m.index + m[0].length, pos, sentence: 0 });
  return out;
}

describe('sentenceWords: lower case', () => {
  test.each([
    ['Rebels Shelled', ['rebels', 'shelled']],
    ['Syria’s Army', ["syria's", 'army']],
    ['don’t O’Neil’s', ["don't", "o'neil's"]],
    ["it's", ["it's"]],
  ])('%s -> %j', (text, lower) => {
    expect(sentenceWords(text, tokens(text)).map((w) => w.lower)).toEqual(lower);
  });
});
