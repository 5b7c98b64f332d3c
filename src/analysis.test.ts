import { describe, expect, test } from 'vitest';
import { analyze } from './analysis.js';

const PAGE = {
  text: 'Talks planned\n\nMr Fabius said that the talks would open on 3 March. About 30 bodies were found in recent days.\n',
};

describe('analyze', () => {
  test.each([
    ['with a publication date, relative dates are anchored', { date: '2015-02-16' }, '2015-03-03'],
    ['without one, they stay unresolved', {}, null],
  ])('%s', async (_name, options, value) => {
    const result = await analyze(PAGE, options);
    expect(result.dates.find((d) => d.text === '3 March')?.value).toBe(value);
  });

  test('returns entities, quantities and quotes with offsets into the text', async () => {
    const result = await analyze(PAGE, { date: '2015-02-16' });
    const quote = result.quotes[0]!;
    expect(result.text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote.speaker?.text).toBe('Mr Fabius');
    expect(result.quantities.find((q) => q.kind === 'count')).toMatchObject({ value: 30, qualifier: 'approx' });
    const person = result.entities.find((e) => e.type === 'PERSON')!;
    expect(result.text.slice(person.start, person.end)).toBe('Fabius');
    expect(result.referents.find((r) => r.id === person.referent)?.mentions[0]?.text).toBe('Fabius');
  });

  test('an unreadable input gives an error result with empty layers', async () => {
    const result = await analyze('/nonexistent/page.html');
    expect({ errors: result.errors.length > 0, quotes: result.quotes, dates: result.dates }).toEqual({ errors: true, quotes: [], dates: [] });
  });
});
