// Vite config of the web UI: `npm run build:web` writes web/dist (served by `sitrep serve`);
// `npx vite web` is the dev server, proxying /api to a running `sitrep serve`
// (SITREP_API, default http://127.0.0.1:8080).
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env['SITREP_API'] ?? 'http://127.0.0.1:8080';

export const config = defineConfig({
  root,
  plugins: [preact()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': api, '/openapi.json': api } },
  preview: { proxy: { '/api': api, '/openapi.json': api } },
});

// Vite loads the config module's default export; the house style is named exports elsewhere.
// eslint-disable-next-line no-restricted-syntax
export default config;
