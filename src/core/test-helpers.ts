import type { Source } from './model.js';

/** Builds an in-memory Source for tests (uri `mem:<text>` truncated). */
export function makeSource(raw: string, overrides: Partial<Source> = {}): Source {
  return {
    uri: `mem:${raw.slice(0, 20)}`,
    id: 'test',
    mediaType: 'text/plain',
    raw,
    encoding: 'utf-8',
    encodingSource: 'given',
    fetchedAt: '2026-01-01T00:00:00.000Z',
    sha256: 'test-sha',
    ...overrides,
  };
}
