/**
 * The filter bar shared by the events table, timeline, map and network: every control writes the
 * URL (through `setFilters`), and shows what the URL holds, so back/forward and links restore it.
 * Text fields apply on Enter or when they lose focus; lists and dates apply at once.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';
import { findPlace } from './place-lookup.js';
import { go } from './router.js';
import { patchedSearch } from './use-view-props.js';
import { formatCount } from './format.js';
import { typeColour } from './palette.js';
import type { Filters, ViewProps } from './view-props.js';

/** Types and statuses offered before the store's own counts arrive (the PLOVER codebook; the coder's statuses). */
const DEFAULT_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const DEFAULT_STATUSES = ['occurred', 'claimed', 'planned', 'intended', 'hypothetical', 'negated'];

type Counts = { types: [string, number | undefined][]; statuses: [string, number | undefined][] };

/** The store's types and statuses with their counts (fetched once per page load). */
let countsPromise: Promise<Counts> | undefined;
function loadCounts(): Promise<Counts> {
  countsPromise ??= api
    .stats()
    .then((s) => ({
      types: mergeCounts(DEFAULT_TYPES, s.eventsByType),
      statuses: mergeCounts(DEFAULT_STATUSES, s.eventsByStatus),
    }))
    .catch(() => ({ types: DEFAULT_TYPES.map((t) => [t, undefined]), statuses: DEFAULT_STATUSES.map((t) => [t, undefined]) }));
  return countsPromise;
}

/** Known values first (those the store has, busiest first), then the rest of the store's values. */
function mergeCounts(known: string[], counts: Record<string, number>): [string, number | undefined][] {
  const all = new Set([...Object.keys(counts), ...known]);
  return [...all].map((k): [string, number | undefined] => [k, counts[k] ?? 0]).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0) || a[0].localeCompare(b[0]));
}

/** The filter bar. */
export function FilterBar({ filters, setFilters }: Pick<ViewProps, 'filters' | 'setFilters'>): JSX.Element {
  const [counts, setCounts] = useState<Counts>({ types: DEFAULT_TYPES.map((t) => [t, undefined]), statuses: DEFAULT_STATUSES.map((t) => [t, undefined]) });
  useEffect(() => {
    void loadCounts().then(setCounts);
  }, []);
  const active = Object.keys(filters).length > 0;
  return (
    <form class="filter-bar" role="search" onSubmit={(e) => e.preventDefault()}>
      <TextFilter
        name="q"
        label="Search"
        placeholder="whole words in the evidence"
        title="Events with an evidence sentence holding every word, as whole words in any order (no stemming: “shell” does not find “shelled”)"
        value={filters.q}
        onCommit={(q) => setFilters({ q })}
        wide
      />
      <TextFilter name="actor" label="Actor" placeholder="name or code" value={filters.actor} onCommit={(actor) => setFilters({ actor })} />
      {filters.actorName && (
        <label class="field" title="events whose actor or recipient is exactly this name (set by an actor page's links)">
          <span>Actor name</span>
          <span class="with-clear">
            <input type="search" name="actorName" value={filters.actorName} readOnly />
            <button type="button" class="clear" aria-label="remove the actor name filter" onClick={() => setFilters({ actorName: undefined })}>
              ×
            </button>
          </span>
        </label>
      )}
      <TextFilter name="country" label="Country" placeholder="e.g. SYR" value={filters.country} onCommit={(country) => setFilters({ country: country?.toUpperCase() })} narrow />
      <PlaceFilter near={filters.near} />
      <MultiSelect name="type" label="Type" options={counts.types} selected={filters.type ?? []} colour={typeColour} onChange={(type) => setFilters({ type })} />
      <MultiSelect name="status" label="Status" options={counts.statuses} selected={filters.status ?? []} onChange={(status) => setFilters({ status })} />
      <label class="field">
        <span>From</span>
        <input type="date" name="since" value={filters.since ?? ''} onChange={(e) => setFilters({ since: e.currentTarget.value || undefined })} />
      </label>
      <label class="field">
        <span>To</span>
        <input type="date" name="until" value={filters.until ?? ''} onChange={(e) => setFilters({ until: e.currentTarget.value || undefined })} />
      </label>
      <label class="field narrow">
        <span>Min. sources</span>
        <input
          type="number"
          name="minSources"
          min={1}
          step={1}
          value={filters.minSources ?? ''}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            setFilters({ minSources: Number.isInteger(n) && n > 1 ? n : undefined });
          }}
        />
      </label>
      {active && (
        <button
          type="button"
          class="link-button"
          onClick={() => setFilters({ q: undefined, actor: undefined, actorName: undefined, country: undefined, type: undefined, status: undefined, since: undefined, until: undefined, near: undefined, minSources: undefined })}
        >
          Clear filters
        </button>
      )}
    </form>
  );
}

/** Radius of the place filter, km. */
const PLACE_KM = 25;

/** Sets (or clears) the `near` filter with the place name kept beside it in the URL (`place`, shown in the field). */
function setNear(near: string | undefined, place: string | undefined): void {
  const params = new URLSearchParams(patchedSearch(location.search, { near }));
  if (near && place) params.set('place', place);
  else params.delete('place');
  const text = params.toString();
  go(`${location.pathname}${text ? `?${text}` : ''}`);
}

/**
 * The place filter: a name looked up among the store's places becomes `near=LAT,LON,25`. A `near`
 * set elsewhere (the map, a place page) shows as its coordinates; × removes it.
 */
function PlaceFilter({ near }: { near: string | undefined }): JSX.Element {
  const named = new URLSearchParams(location.search).get('place');
  const shown = near ? (named ?? near) : '';
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => setDraft(shown), [shown]);
  const commit = async (): Promise<void> => {
    const name = draft.trim();
    if (name === shown) return;
    setProblem(undefined);
    if (!name) return setNear(undefined, undefined);
    try {
      const hit = await findPlace(name);
      if (!hit) return setProblem(`no place “${name}” among the busiest 1,000`);
      setNear(`${hit.lat},${hit.lon},${PLACE_KM}`, hit.name);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <label class="field place-filter" title={near ? `events within ${near.split(',')[2]} km of ${near.split(',').slice(0, 2).join(', ')}` : `events within ${PLACE_KM} km of a place`}>
      <span>Place{near && <span class="muted"> · {near.split(',')[2]} km</span>}</span>
      <span class="with-clear">
        <input
          type="search"
          name="place"
          placeholder="e.g. Aleppo"
          value={draft}
          aria-invalid={problem ? true : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit();
            }
          }}
        />
        {near && (
          <button type="button" class="clear" aria-label="remove the place filter" onClick={() => setNear(undefined, undefined)}>
            ×
          </button>
        )}
      </span>
      {problem && <span class="field-problem">{problem}</span>}
    </label>
  );
}

/** A text field holding its own edits until Enter or blur, then committing (empty removes the filter). */
function TextFilter(props: { name: keyof Filters; label: string; placeholder: string; title?: string; value: string | undefined; onCommit(value: string | undefined): void; wide?: boolean; narrow?: boolean }): JSX.Element {
  const [draft, setDraft] = useState(props.value ?? '');
  useEffect(() => setDraft(props.value ?? ''), [props.value]);
  const commit = (): void => {
    const value = draft.trim();
    if (value !== (props.value ?? '')) props.onCommit(value || undefined);
  };
  return (
    <label class={`field${props.wide ? ' wide' : ''}${props.narrow ? ' narrow' : ''}`} title={props.title}>
      <span>{props.label}</span>
      <input
        type="search"
        name={props.name}
        placeholder={props.placeholder}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </label>
  );
}

/** A dropdown of checkboxes (types, statuses) with the store's count beside each value. */
function MultiSelect(props: { name: string; label: string; options: [string, number | undefined][]; selected: string[]; colour?: (value: string) => string; onChange(values: string[] | undefined): void }): JSX.Element {
  const summary = props.selected.length === 0 ? 'any' : props.selected.length <= 2 ? props.selected.join(', ') : `${props.selected.length} selected`;
  const toggle = (value: string): void => {
    const next = props.selected.includes(value) ? props.selected.filter((v) => v !== value) : [...props.selected, value];
    props.onChange(next.length > 0 ? next : undefined);
  };
  return (
    <details class="field multi" data-filter={props.name}>
      <summary>
        <span>{props.label}</span>
        <span class={`multi-value${props.selected.length ? ' set' : ''}`}>{summary}</span>
      </summary>
      <div class="multi-menu">
        {props.options.map(([value, count]) => (
          <label key={value} class="multi-option">
            <input type="checkbox" name={props.name} value={value} checked={props.selected.includes(value)} onChange={() => toggle(value)} />
            {props.colour && <span class="swatch" style={{ background: props.colour(value) }} />}
            <span class="multi-label">{value}</span>
            {count !== undefined && <span class="count">{formatCount(count)}</span>}
          </label>
        ))}
        {props.selected.length > 0 && (
          <button type="button" class="link-button" onClick={() => props.onChange(undefined)}>
            clear
          </button>
        )}
      </div>
    </details>
  );
}
