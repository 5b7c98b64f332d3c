import { describe, expect, test } from 'vitest';
import { clusterPersons } from './persons.js';

describe('clusterPersons', () => {
  test.each([
    ['a surname joins the full name', ['John Kerry', 'Kerry'], [0, 0], ['John Kerry']],
    ['a surname written with al- joins', ['Bashar al-Assad', 'Assad'], [0, 0], ['Bashar al-Assad']],
    ['two people stay apart', ['John Kerry', 'Sergei Lavrov', 'Lavrov'], [0, 1, 1], ['John Kerry', 'Sergei Lavrov']],
    ['a surname before the full name still joins it', ['Kerry', 'John Kerry'], [0, 0], ['John Kerry']],
    ['an unknown surname founds its own cluster', ['Obama'], [0], ['Obama']],
  ])('%s', (_name, names, cluster, canonical) => {
    const result = clusterPersons(names.map((text, i) => ({ text, start: i * 10 })));
    expect(result).toEqual({ cluster, canonical });
  });
});
