/** What one evaluation suite reports. */
export interface SuiteResult {
  /** Suite id, e.g. `extraction`. Metric keys in the baseline are `<suite>.<metric>`. */
  name: string;
  /** Section title in docs/EVALUATION.md. */
  title: string;
  /** Headline numbers the gate checks (higher is better). */
  metrics: Record<string, number>;
  /** Markdown: tables and notes for docs/EVALUATION.md. */
  markdown: string;
}

/** A suite: given the shared data folder, score sitrep on it. */
export interface Suite {
  name: string;
  /** Path under shared/data the suite needs. */
  needs: string;
  run(sharedData: string): Promise<SuiteResult>;
}

/** Renders rows as a Markdown table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => (typeof v === 'number' ? formatNumber(v) : v.replace(/\|/g, '\\|'));
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) < 10 ? v.toFixed(3) : v.toFixed(1);
}
