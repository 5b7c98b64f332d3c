/**
 * An actor's page (`/actors/:name`): how many events it takes part in, its cooperation/conflict
 * balance and activity over time (from `/api/timeline`), and its events (the paged table).
 * Everything is filtered with the API's exact `actorName` (an index lookup), so "Syria" counts the
 * events of the actor named "Syria", not those of "Syrian army" too (the `actor` substring would).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import type { TimelineBucket } from '../../api-types.js';
import { ErrorBox } from '../../components.js';
import { actorLabel, formatCount } from '../../format.js';
import { paths } from '../../router.js';
import { useApi } from '../../use-api.js';
import type { ViewProps } from '../../view-props.js';
import { DEFAULT_TABLE_STATE, EventsTable } from '../events/events-table.js';
import type { TableState } from '../events/events-table.js';
import { Sparkline } from './sparkline.js';

/** Totals of timeline buckets: events, cooperation, conflict, and events per period. */
export function summarise(buckets: readonly TimelineBucket[]): { events: number; cooperation: number; conflict: number; goldstein: number; periods: [string, number][] } {
  const perPeriod = new Map<string, number>();
  let events = 0;
  let cooperation = 0;
  let conflict = 0;
  let weighted = 0;
  for (const b of buckets) {
    events += b.events;
    cooperation += b.cooperation;
    conflict += b.conflict;
    weighted += b.goldstein * b.events;
    perPeriod.set(b.period, (perPeriod.get(b.period) ?? 0) + b.events);
  }
  return { events, cooperation, conflict, goldstein: events > 0 ? weighted / events : 0, periods: [...perPeriod].sort((a, b) => a[0].localeCompare(b[0])) };
}

/** The actor page. */
export function ActorView({ id, navigate }: ViewProps & { id: string }): JSX.Element {
  const [table, setTable] = useState<TableState>(DEFAULT_TABLE_STATE);
  const query = new URLSearchParams({ actorName: id });
  const timeline = useApi(`actor-timeline:${id}`, (signal) => api.timeline({ actorName: id, interval: 'week' }, signal));
  const sample = useApi(`actor-sample:${id}`, (signal) => api.events({ actorName: id, limit: 20 }, signal));
  const summary = timeline.data ? summarise(timeline.data.buckets) : undefined;
  const self = sample.data?.items.flatMap((e) => [...e.actors, ...e.recipients]).find((a) => a.name === id);
  const link = (path: string): string => `${path}?${new URLSearchParams({ actorName: id }).toString()}`;
  return (
    <div class="actor-page">
      <section class="panel">
        <p class="small muted">Actor</p>
        <h1>{self ? actorLabel(self) : id}</h1>
        {self && (
          <p class="muted">
            {[self.country && `country ${self.country}`, self.sector && `sector ${self.sector}`].filter(Boolean).join(' · ')}
          </p>
        )}
        {timeline.error && <ErrorBox error={timeline.error} />}
        {summary && (
          <>
            <div class="stat-row">
              {/* The events total counts undated events too, which the timeline has no period for. */}
              <Stat label="Events" value={formatCount(sample.data?.total ?? summary.events)} />
              <Stat label="Cooperation" value={formatCount(summary.cooperation)} />
              <Stat label="Conflict" value={formatCount(summary.conflict)} />
              <Stat label="Mean Goldstein" value={summary.goldstein.toFixed(1)} />
            </div>
            <Balance cooperation={summary.cooperation} conflict={summary.conflict} />
            {summary.periods.length > 1 && <Sparkline points={summary.periods} label="events per week" />}
          </>
        )}
        <p class="small muted">
          Counts events whose actor or recipient is named exactly “{id}” (for every name holding it or a country/sector code, use the <a href={`/?${new URLSearchParams({ actor: id }).toString()}`}>actor filter</a>). See them on the{' '}
          <a href={link('/timeline')}>timeline</a>, <a href={link('/map')}>map</a> or <a href={link('/network')}>network</a>.
        </p>
      </section>
      <EventsTable query={query} state={table} onState={(patch) => setTable((s) => ({ ...s, ...patch }))} onOpen={(eventId) => navigate(paths.event(eventId))} caption="Events" />
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }): JSX.Element {
  return (
    <div class="stat">
      <div class="value">{value}</div>
      <div class="label">{label}</div>
    </div>
  );
}

/** A bar split into cooperation (blue) and conflict (red) shares. */
export function Balance({ cooperation, conflict }: { cooperation: number; conflict: number }): JSX.Element {
  const all = cooperation + conflict;
  if (all === 0) return <p class="muted small">No cooperative or conflictual events.</p>;
  const coop = (100 * cooperation) / all;
  return (
    <div>
      <div class="balance" title={`${Math.round(coop)}% cooperation, ${Math.round(100 - coop)}% conflict`}>
        <div class="coop" style={{ width: `${coop}%` }} />
        <div class="conf" style={{ width: `${100 - coop}%` }} />
      </div>
      <span class="small muted">
        {Math.round(coop)}% cooperation · {Math.round(100 - coop)}% conflict
      </span>
    </div>
  );
}
