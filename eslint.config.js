// Lint rules. The import-boundary rule keeps the architecture honest: pipeline stages
// (ingest, extract, nlp, events) and the store import only core/, never each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const STAGES = ['ingest', 'extract', 'nlp', 'events', 'store'];

/** For stage `name`, forbid imports that reach into any other stage or into the shells. */
function boundaryFor(name) {
  const others = [...STAGES.filter((s) => s !== name), 'api', 'cli', 'web'];
  return {
    files: [`src/${name}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...others.map((o) => `**/${o}/**`), ...others.map((o) => `../${o}`), '**/default-pipeline*', '**/article*', '../index*'],
              message: `src/${name} is a pipeline stage: import only from core/ (stages never import each other; shared types belong in core/model.ts).`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'web/dist/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', AbortController: 'readonly', fetch: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*', '!../core', '!./*'], message: 'core/ imports nothing of ours outside core/.' }] }],
    },
  },
  ...STAGES.map(boundaryFor),
  {
    // The web UI runs in the browser: its globals, not Node's.
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: {
      globals: Object.fromEntries(
        ['window', 'document', 'location', 'history', 'navigator', 'fetch', 'URL', 'URLSearchParams', 'Event', 'MouseEvent', 'KeyboardEvent', 'Element', 'HTMLElement', 'Node', 'AbortController', 'AbortSignal', 'Response', 'ResizeObserver', 'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle', 'setTimeout', 'clearTimeout', 'console', 'performance', 'Intl'].map((name) => [name, 'readonly']),
      ),
    },
  },
  { files: ['eslint.config.js', 'vitest.config.ts'], rules: { 'no-restricted-syntax': 'off' } },
);
