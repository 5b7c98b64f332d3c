/**
 * `npm run eval`: scores sitrep against the gold data in ../shared/data, prints the tables and
 * writes docs/EVALUATION.md. With `--gate`, fails when a headline metric falls below the floor
 * committed in eval/baseline.json (floors only ratchet up; see eval/README.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUITES } from './suites.js';
import type { SuiteResult } from './suite.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const gate = args.includes('--gate');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const sharedData = resolve(process.env.SITREP_SHARED_DATA ?? join(root, '..', 'shared', 'data'));

interface Baseline {
  epsilon: number;
  floors: Record<string, number>;
}

async function main(): Promise<number> {
  if (!existsSync(sharedData)) {
    console.log(`eval: ${sharedData} is absent; the gold data lives beside the repo in ../shared/data (or set SITREP_SHARED_DATA). Nothing scored.`);
    return 0;
  }
  const results: SuiteResult[] = [];
  for (const suite of SUITES) {
    if (only && !only.includes(suite.name)) continue;
    if (!existsSync(join(sharedData, suite.needs))) {
      console.log(`eval: skipping ${suite.name}: ${join(sharedData, suite.needs)} is absent`);
      continue;
    }
    const t0 = performance.now();
    const result = await suite.run(sharedData);
    console.log(`\n## ${result.title}  (${((performance.now() - t0) / 1000).toFixed(1)} s)\n\n${result.markdown}\n`);
    results.push(result);
  }
  if (!only) writeReport(results);
  return gate ? checkGate(results) : 0;
}

function writeReport(results: readonly SuiteResult[]): void {
  const body = results.map((r) => `## ${r.title}\n\n${r.markdown}\n`).join('\n');
  const text = `# Evaluation\n\nWritten by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)} from the gold data in \`../shared/data\`. ` +
    `Do not edit by hand; the CI gate (\`npm run eval:gate\`) checks the headline metrics against \`eval/baseline.json\`.\n\n${body}`;
  writeFileSync(join(root, 'docs', 'EVALUATION.md'), text);
  console.log('eval: wrote docs/EVALUATION.md');
}

function checkGate(results: readonly SuiteResult[]): number {
  const baseline = JSON.parse(readFileSync(join(root, 'eval', 'baseline.json'), 'utf8')) as Baseline;
  const measured = new Map<string, number>();
  for (const r of results) for (const [k, v] of Object.entries(r.metrics)) measured.set(`${r.name}.${k}`, v);
  let failed = 0;
  for (const [key, floor] of Object.entries(baseline.floors)) {
    const value = measured.get(key);
    if (value === undefined) {
      console.log(`gate: ${key}: not measured (suite skipped?) — FAIL`);
      failed++;
    } else if (value + baseline.epsilon < floor) {
      console.log(`gate: ${key}: ${value.toFixed(4)} < floor ${floor} — FAIL`);
      failed++;
    } else {
      console.log(`gate: ${key}: ${value.toFixed(4)} >= floor ${floor} — ok`);
    }
  }
  const passed = Object.keys(baseline.floors).length - failed;
  console.log(`gate: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
