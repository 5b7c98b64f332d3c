import { describe, expect, test } from 'vitest';
import { Document } from './document.js';
import { PipelineError } from './errors.js';
import { createPipeline } from './pipeline.js';
import type { Stage } from './pipeline.js';
import { makeSource } from './test-helpers.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({
  name,
  version: 1,
  requires,
  assigns,
  run: (doc) => doc,
});

describe('createPipeline', () => {
  test.each([
    ['a requirement no stage assigns', [stage('b', ['paragraphs'], [])], /requires "paragraphs"/],
    ['a requirement assigned only later', [stage('b', ['text'], []), stage('a', ['source'], ['text'])], /requires "text"/],
    ['the same stage twice', [stage('a', [], []), stage('a', [], [])], /appears twice/],
  ])('refuses %s', (_label, stages, message) => {
    expect(() => createPipeline(stages)).toThrow(PipelineError);
    expect(() => createPipeline(stages)).toThrow(message);
  });

  test('builds when every requirement is assigned earlier', () => {
    const pipeline = createPipeline([stage('a', ['source'], ['text']), stage('b', ['text'], ['paragraphs'])]);
    expect(pipeline.names).toEqual(['a@v1', 'b@v1']);
  });

  test('records each stage in the history', async () => {
    const doc = await createPipeline([stage('a', [], [])]).run(new Document(makeSource('x')));
    expect(doc.history.map((h) => h.stage)).toEqual(['a@v1']);
  });

  test('names the stage and the input when a stage throws', async () => {
    const broken: Stage = { ...stage('boom', [], []), run: () => { throw new Error('bad'); } };
    await expect(createPipeline([broken]).run(new Document(makeSource('x')))).rejects.toThrow(/stage "boom" failed on mem:x: bad/);
  });

  test('stops after the stage named in until', async () => {
    const doc = await createPipeline([stage('a', [], []), stage('b', [], [])]).run(new Document(makeSource('x')), { until: 'a' });
    expect(doc.history.map((h) => h.stage)).toEqual(['a@v1']);
  });
});
