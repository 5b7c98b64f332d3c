/**
 * `npm run bench`: runs the benchmark sections (bench/sections.ts) and writes their Markdown into
 * docs/BENCHMARKS.md. Sections not run this time (`--only=`) keep their previous text there.
 * Without the shared data folder (../shared/data) it says so and exits 0 without writing.
 *
 * Run it niced on a shared machine: `nice npm run bench`. See `npm run bench -- --help`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { USAGE, parseBenchArgs } from './args.js';
import { mergeDocument } from './markdown.js';
import type { DocSection } from './markdown.js';
import { SECTIONS } from './sections.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = resolve(process.env.SITREP_SHARED_DATA ?? join(root, '..', 'shared', 'data'));
const docPath = join(root, 'docs', 'BENCHMARKS.md');

const PREAMBLE = `# Benchmarks

Written by \`npm run bench\` (\`bench/run.ts\`); do not edit by hand. Each section says which machine and
moment its numbers come from; \`npm run bench -- --only=<section>\` refreshes one section and keeps the others.
Speed is only comparable within one section's run (same machine, same moment).`;

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(sharedData)) {
    console.log(`bench: ${sharedData} is absent; the benchmark pages live beside the repo in ../shared/data (or set SITREP_SHARED_DATA). Nothing measured, nothing written.`);
    return 0;
  }
  const known = SECTIONS.map((s) => s.name);
  const unknown = (options.only ?? []).filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new Error(`bench: unknown section(s) ${unknown.join(', ')}; known: ${known.join(', ')}`);

  const fresh: DocSection[] = [];
  for (const section of SECTIONS) {
    if (options.only && !options.only.includes(section.name)) continue;
    const missing = section.needs.filter((p) => !existsSync(join(sharedData, p)));
    if (missing.length > 0) {
      console.log(`bench: skipping ${section.name}: ${missing.map((p) => join(sharedData, p)).join(', ')} absent`);
      continue;
    }
    const result = await section.run({ root, sharedData, options });
    console.log(`\n${result.markdown}\n`);
    if (result.partial) console.log(`bench: ${section.name} is a partial run (${result.partial}); docs/BENCHMARKS.md keeps its previous ${section.name} section`);
    else fresh.push({ name: section.name, markdown: result.markdown });
  }
  if (!options.write) {
    console.log('bench: --no-write: docs/BENCHMARKS.md left as it was');
  } else if (fresh.length > 0) {
    const existing = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
    writeFileSync(docPath, mergeDocument(PREAMBLE, existing, fresh, known));
    console.log(`bench: wrote ${docPath}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
