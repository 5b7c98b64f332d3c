import type { AnalysisResult } from '../analysis.js';
import { formatArticle } from './format.js';
import type { OutputFormat } from './format.js';

/**
 * Renders an analysis: JSON as is; text and markdown as the article followed by a readable
 * summary of entities, dates, quantities and quotes.
 */
export function formatAnalysis(result: AnalysisResult, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(result);
  const md = format === 'markdown';
  const head = (title: string) => (md ? `## ${title}` : `== ${title} ==`);
  const out: string[] = [formatArticle(result, format).trimEnd()];
  if (result.referents.length > 0) {
    out.push(head('Entities'));
    out.push(
      result.referents
        .map((e) => {
          const extra = [e.role, e.affiliation ?? e.country].filter(Boolean).join(', ');
          return `- ${e.canonical} [${e.type}]${extra ? ` (${extra})` : ''} ×${e.mentions.length}`;
        })
        .join('\n'),
    );
  }
  if (result.dates.length > 0) {
    out.push(head('Dates'));
    out.push(result.dates.map((d) => `- "${d.text}" → ${describeDate(d.value)} (${d.precision}, ${d.certainty})`).join('\n'));
  }
  const counts = result.quantities.filter((q) => q.kind === 'count');
  if (counts.length > 0) {
    out.push(head('Quantities'));
    out.push(counts.map((q) => `- "${q.text}" → ${q.value}${q.qualifier === 'exact' ? '' : ` (${q.qualifier})`}${q.noun ? ` ${q.noun.text}` : ''}`).join('\n'));
  }
  if (result.quotes.length > 0) {
    out.push(head('Quotes'));
    out.push(result.quotes.map((q) => `- ${q.speaker?.text ?? '(unattributed)'}: “${q.text}”`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

function describeDate(value: AnalysisResult['dates'][number]['value']): string {
  if (value === null) return 'unresolved';
  if (typeof value === 'string') return value;
  return `${value.start} … ${value.end}`;
}
