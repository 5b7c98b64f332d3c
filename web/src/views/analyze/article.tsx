/** The analysed article: headline, standfirst, byline, and the body with entity mentions and quotes marked. */
import type { JSX } from 'preact';
import type { AnalysisResult } from '../../api-types.js';
import { Highlighted } from '../../highlight.js';
import type { Mark } from '../../highlight.js';

/** Entity types and their legend labels (colours in styles.css, `mark.ent-*`). */
export const ENTITY_TYPES: [string, string][] = [
  ['PERSON', 'person'],
  ['ORG', 'organisation'],
  ['LOC', 'place'],
  ['NORP', 'nationality / group'],
];

/** Marks for entity mentions (coloured by type) and quotes (underlined). */
export function articleMarks(result: AnalysisResult): Mark[] {
  const marks: Mark[] = result.entities.map((e) => ({ start: e.start, end: e.end, cls: `ent-${e.type}`, title: `${e.type}: ${e.canonical}` }));
  for (const q of result.quotes) marks.push({ start: q.start, end: q.end, cls: 'quote-span', title: `${q.kind} quote${q.speaker ? ` — ${q.speaker.text}` : ''}` });
  return marks;
}

/** The article as a reader sees it. */
export function Article({ result, marks }: { result: AnalysisResult; marks: Mark[] }): JSX.Element {
  const meta = [result.byline, result.published?.slice(0, 10), result.siteName].filter(Boolean).join(' · ');
  return (
    <article class="article">
      {result.title && <h1 data-testid="article-title">{result.title}</h1>}
      {result.standfirst && <p class="standfirst">{result.standfirst}</p>}
      {meta && <p class="byline">{meta}</p>}
      <div class="body">
        {result.paragraphs.map((p) => {
          const content = <Highlighted text={result.text} marks={marks} from={p.start} to={p.end} />;
          if (/^h[1-6]$/.test(p.kind)) return <h3 key={p.start}>{content}</h3>;
          if (p.kind === 'blockquote') return <blockquote key={p.start}>{content}</blockquote>;
          if (p.kind === 'li') return <p key={p.start}>• {content}</p>;
          return <p key={p.start}>{content}</p>;
        })}
      </div>
    </article>
  );
}
