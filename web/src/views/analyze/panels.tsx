/** The side panels of the analyze view: coded events with their evidence, entities by type, quotes. */
import type { JSX } from 'preact';
import type { AnalysisResult, AnalyzedEvent } from '../../api-types.js';
import { Goldstein, StatusBadge, TypeBadge } from '../../components.js';
import { formatDateRange } from '../../format.js';
import { Highlighted } from '../../highlight.js';
import { SentenceOnly } from '../event/document-evidence.js';
import { evidenceMarks, indexesText } from '../event/evidence-marks.js';
import { ENTITY_TYPES } from './article.js';

/** An analysed event in the shape the evidence marks take. */
function marked(e: AnalyzedEvent): Parameters<typeof evidenceMarks>[0] {
  const toRef = (a: AnalyzedEvent['actors'][number]): { name: string; country: string | null; sector: string | null } => ({ name: a.name, country: a.country ?? null, sector: a.sector ?? null });
  const date = typeof e.date === 'string' ? e.date : (e.date?.start ?? null);
  return {
    actors: e.actors.map(toRef),
    recipients: e.recipients.map(toRef),
    place: e.location ? { name: e.location.name, country: e.location.country, admin1: null, lat: e.location.lat, lon: e.location.lon, precision: e.location.precision } : null,
    dateStart: date,
  };
}

/** The coded events, each with its evidence sentence(s) and every role highlighted. */
export function AnalysisEvents({ result }: { result: AnalysisResult }): JSX.Element {
  if (result.events.length === 0) return <p class="muted">No events coded in this article.</p>;
  return (
    <ol class="analysis-events">
      {result.events.map((e) => {
        const ev = marked(e);
        const marks = evidenceMarks(ev, e.evidence.filter((v) => indexesText(v, result.text)), result.text).filter((m) => m.cls !== 'sentence');
        const date = typeof e.date === 'string' ? e.date : e.date ? formatDateRange(e.date.start, e.date.end) : null;
        return (
          <li key={e.id} class="analysis-event">
            <div class="event-line">
              <TypeBadge type={e.type} /> {e.mode && <span class="muted small">{e.mode}</span>} <StatusBadge status={e.status} /> <Goldstein score={e.goldstein} />
            </div>
            <div class="small">
              <strong>{e.actors.map((a) => a.name).join(', ') || 'unknown actor'}</strong>
              {e.recipients.length > 0 && <> → {e.recipients.map((a) => a.name).join(', ')}</>}
              {e.location && <span class="muted"> · {e.location.name}</span>}
              {date && <span class="muted"> · {date}</span>}
              {(e.dead || e.injured) && (
                <span class="muted">
                  {' '}
                  · {e.dead ? `${e.dead.value} dead` : ''}
                  {e.dead && e.injured ? ', ' : ''}
                  {e.injured ? `${e.injured.value} injured` : ''}
                </span>
              )}
            </div>
            {e.evidence.map((v, i) => (
              <blockquote class="evidence-quote small" key={i}>
                {indexesText(v, result.text) ? <Highlighted text={result.text} marks={marks} from={v.start} to={v.end} /> : <SentenceOnly ev={v} event={ev} />}
                {v.field && <span class="muted"> ({v.field === 'title' ? 'headline' : 'standfirst'})</span>}
              </blockquote>
            ))}
          </li>
        );
      })}
    </ol>
  );
}

/** Entities grouped by type: each distinct canonical name once, with its number of mentions. */
export function EntityList({ result }: { result: AnalysisResult }): JSX.Element {
  if (result.entities.length === 0) return <p class="muted">No entities found.</p>;
  return (
    <div>
      {ENTITY_TYPES.map(([type, label]) => {
        const counts = new Map<string, number>();
        for (const e of result.entities) if (e.type === type) counts.set(e.canonical, (counts.get(e.canonical) ?? 0) + 1);
        if (counts.size === 0) return null;
        return (
          <div key={type}>
            <h3>{label}</h3>
            <div class="entity-list">
              {[...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, n]) => (
                <mark key={name} class={`ent-${type}`} title={`${n} mention${n === 1 ? '' : 's'}`}>
                  {name}
                  {n > 1 && <span class="muted"> ×{n}</span>}
                </mark>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** The quotes with their speakers. */
export function QuoteList({ result }: { result: AnalysisResult }): JSX.Element {
  if (result.quotes.length === 0) return <p class="muted">No quotes found.</p>;
  return (
    <ul class="quotes">
      {result.quotes.map((q) => (
        <li key={q.start}>
          {q.kind === 'direct' ? `“${q.text}”` : q.text}
          <div class="speaker">{q.speaker ? `— ${q.speaker.text}` : `${q.kind}, speaker unknown`}</div>
        </li>
      ))}
    </ul>
  );
}
