/**
 * The Timeline view: events per day or week as bars stacked by PLOVER type, and below them the
 * cooperation vs conflict balance of the same periods. Dragging across either chart sets the
 * `since`/`until` filters; clicking a legend entry or a bar segment toggles that type in the `type`
 * filter. The view fetches `/api/timeline` without the type filter and applies it itself, so the
 * legend still lists (and can re-add) every type.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { getJson } from '../../api.js';
import { formatCount } from '../../format.js';
import { filtersToQuery } from '../../view-props.js';
import type { ViewProps } from '../../view-props.js';
import { BALANCE_COLORS, typeColor } from './palette.js';
import { autoInterval, brushToRange, dayMs, focusShape, isoDay, periodLastDay, shapeTimeline, timeDomain } from './shape.js';
import type { Column, Interval, TimelineBucket } from './shape.js';
import { oneOf, useQueryParam } from './url-state.js';
import { useWidth } from './use-width.js';
import './timeline.css';

const BARS_HEIGHT = 260;
const BALANCE_HEIGHT = 110;
const GAP = 28;
const MARGIN = { top: 10, right: 16, bottom: 24, left: 52 };

type Choice = 'auto' | Interval;

interface Loaded {
  key: string;
  interval: Interval;
  buckets: TimelineBucket[];
}

/** Fetches the buckets; in `auto` mode weeks first, then days when the range is short. */
async function load(query: URLSearchParams, choice: Choice, signal: AbortSignal): Promise<{ interval: Interval; buckets: TimelineBucket[] }> {
  const fetchBy = async (interval: Interval): Promise<TimelineBucket[]> => {
    const q = new URLSearchParams(query);
    q.set('interval', interval);
    return (await getJson<{ buckets: TimelineBucket[] }>('/api/timeline', q, signal)).buckets;
  };
  if (choice !== 'auto') return { interval: choice, buckets: await fetchBy(choice) };
  const weeks = await fetchBy('week');
  if (autoInterval(weeks) === 'week') return { interval: 'week', buckets: weeks };
  return { interval: 'day', buckets: await fetchBy('day') };
}

/** Which column (and, for the bars, which segment) is under the pointer. */
interface Hover {
  column: Column;
  x: number;
  y: number;
}

/** Timeline of events by type, with the conflict/cooperation balance; brushing sets a date range. */
export function TimelineView({ filters, setFilters }: ViewProps): JSX.Element {
  const [interval_, setIntervalParam] = useQueryParam('interval');
  const choice = oneOf<Choice>(interval_, ['auto', 'day', 'week'], 'auto');
  const setChoice = (c: Choice): void => setIntervalParam(c === 'auto' ? null : c);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [brush, setBrush] = useState<{ from: number; to: number } | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [wrapRef, width] = useWidth<HTMLDivElement>();

  // Every filter but `type` goes to the API (the legend needs every type's count).
  const query = filtersToQuery({ ...filters, type: [] });
  const key = `${query.toString()}|${choice}`;
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    load(query, choice, controller.signal)
      .then((r) => setLoaded({ key, ...r }))
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setError(e.message);
      });
    return () => controller.abort();
  }, [key]);

  const selected = filters.type ?? [];
  const interval = loaded?.interval ?? 'day';
  const full = useMemo(() => shapeTimeline(loaded?.buckets ?? [], interval, selected), [loaded, interval, selected.join(',')]);
  // A few events dated far from the rest would squeeze the bulk into a sliver: leave them off
  // (counted, and one click brings them back).
  const [showAll, setShowAll] = useState(false);
  const focused = useMemo(() => focusShape(full, interval), [full, interval]);
  const hidden = focused.before + focused.after;
  const shape = showAll ? full : focused.shape;

  const plotWidth = width - MARGIN.left - MARGIN.right;
  const domain = timeDomain(shape.columns, interval);
  const x = scaleUtc().domain(domain).range([0, plotWidth]);
  const y = scaleLinear().domain([0, Math.max(1, shape.maxTotal)]).nice().range([BARS_HEIGHT, 0]);
  const yb = scaleLinear().domain([-Math.max(1, shape.maxBalance), Math.max(1, shape.maxBalance)]).nice().range([BALANCE_HEIGHT, 0]);
  const step = interval === 'week' ? 7 * 86_400_000 : 86_400_000;
  const barWidth = Math.max(1, x(domain[0] + step) - x(domain[0]) - (plotWidth / shape.columns.length > 4 ? 1 : 0));
  // Thousands of bars (three years by day): built once per data and width, so hovering and
  // brushing re-render only the overlay and the tooltip, not every bar.
  // (Preact skips a component whose vnode is the very same object, not a plain element's.)
  const bars = useMemo(() => <Bars columns={shape.columns} x={(ms) => x(ms)} y={(v) => y(v)} barWidth={barWidth} />, [shape, width, interval]);
  const balanceTop = BARS_HEIGHT + GAP;
  const height = MARGIN.top + balanceTop + BALANCE_HEIGHT + MARGIN.bottom;

  const toggleType = (type: string): void => {
    const next = selected.includes(type) ? selected.filter((t) => t !== type) : [...selected, type];
    setFilters({ type: next.length > 0 ? next : undefined });
  };

  const columnAt = (px: number): Column | undefined => {
    const period = isoDay(x.invert(px).getTime());
    return shape.columns.find((c) => c.period <= period && period <= periodLastDay(c.period, interval));
  };

  const plotX = (event: PointerEvent): number => {
    const svg = (event.currentTarget as SVGElement).ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
    const rect = svg.getBoundingClientRect();
    return Math.max(0, Math.min(plotWidth, event.clientX - rect.left - MARGIN.left));
  };
  const plotY = (event: PointerEvent): number => {
    const svg = (event.currentTarget as SVGElement).ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
    return event.clientY - svg.getBoundingClientRect().top - MARGIN.top;
  };

  const onPointerDown = (event: PointerEvent): void => {
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    const px = plotX(event);
    setBrush({ from: px, to: px });
  };
  const onPointerMove = (event: PointerEvent): void => {
    const px = plotX(event);
    if (brush) setBrush({ ...brush, to: px });
    const column = columnAt(px);
    setHover(column ? { column, x: px + MARGIN.left, y: plotY(event) + MARGIN.top } : null);
  };
  const onPointerUp = (event: PointerEvent): void => {
    if (!brush) return;
    const px = plotX(event);
    setBrush(null);
    if (Math.abs(px - brush.from) >= 4) {
      const range = brushToRange(x.invert(brush.from).getTime(), x.invert(px).getTime(), interval);
      setFilters({ since: range.since, until: range.until });
      return;
    }
    // A click, not a drag: on a bar segment it toggles that segment's type.
    const column = columnAt(px);
    const value = y.invert(plotY(event));
    const segment = column?.segments.find((s) => value >= s.y0 && value <= s.y1);
    if (segment && plotY(event) <= BARS_HEIGHT) toggleType(segment.type);
  };

  const totalEvents = full.columns.reduce((n, c) => n + c.total, 0);
  const xTicks = x.ticks(Math.max(2, Math.floor(plotWidth / 110)));
  const tickFormat = x.tickFormat();

  return (
    <section class="timeline-view">
      <header class="timeline-head">
        <h2>Timeline</h2>
        <span class="timeline-count">
          {loaded ? `${formatCount(totalEvents)} events` : 'Loading…'}
          {loaded && loaded.key !== key && <span class="view-updating"> · updating…</span>}
        </span>
        <div class="timeline-controls" role="group" aria-label="Bucket size">
          {(['auto', 'day', 'week'] as const).map((c) => (
            <button type="button" class={choice === c ? 'active' : ''} aria-pressed={choice === c} onClick={() => setChoice(c)}>
              {c === 'auto' ? `Auto (${interval === 'week' ? 'weeks' : 'days'})` : c === 'day' ? 'By day' : 'By week'}
            </button>
          ))}
        </div>
        {(filters.since ?? filters.until) && (
          <button type="button" class="timeline-clear" onClick={() => setFilters({ since: undefined, until: undefined })}>
            Clear range {filters.since ?? '…'} – {filters.until ?? '…'}
          </button>
        )}
      </header>
      {hidden > 0 && (
        <p class="timeline-outliers">
          {showAll
            ? `Showing every dated event, including ${formatCount(hidden)} far from the rest.`
            : `${formatCount(hidden)} events dated far from the rest (${formatCount(focused.before)} before ${focused.shape.columns[0]?.period ?? ''}, ${formatCount(focused.after)} after ${focused.shape.columns[focused.shape.columns.length - 1]?.period ?? ''}) are left off the axis.`}{' '}
          <button type="button" class="timeline-link" onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Focus on the bulk' : 'Show all'}
          </button>
        </p>
      )}
      <ul class="timeline-legend" aria-label="Event types (click to filter)">
        {shape.typeTotals.map((t) => {
          const on = selected.length === 0 || selected.includes(t.type);
          return (
            <li key={t.type}>
              <button type="button" class={on ? 'on' : 'off'} aria-pressed={selected.includes(t.type)} data-type={t.type} onClick={() => toggleType(t.type)}>
                <span class="swatch" style={{ background: typeColor(t.type) }} />
                {t.type} <span class="n">{formatCount(t.events)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {error && <p class="view-error">Could not load the timeline: {error}</p>}
      <div class="timeline-chart" ref={wrapRef}>
        {loaded && shape.columns.length === 0 && <p class="timeline-empty">No dated events match these filters.</p>}
        <svg width={width} height={height} class="timeline-svg" role="img" aria-label="Events over time by type, and the cooperation/conflict balance">
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {y.ticks(5).filter(Number.isInteger).map((t) => (
              <g class="tick" transform={`translate(0,${y(t)})`}>
                <line x2={plotWidth} />
                <text x={-6} dy="0.32em">{formatCount(t)}</text>
              </g>
            ))}
            <text class="axis-title" transform={`translate(${-40},${BARS_HEIGHT / 2}) rotate(-90)`}>events</text>
            {bars}
            <g transform={`translate(0,${balanceTop})`} class="balance">
              {yb.ticks(4).filter(Number.isInteger).map((t) => (
                <g class="tick" transform={`translate(0,${yb(t)})`}>
                  <line x2={plotWidth} class={t === 0 ? 'zero' : ''} />
                  <text x={-6} dy="0.32em">{formatCount(Math.abs(t))}</text>
                </g>
              ))}
              <path class="area cooperation" fill={BALANCE_COLORS.cooperation} d={balancePath(shape.columns, (c) => c.cooperation, x, yb, step, dayMs)} />
              <path class="area conflict" fill={BALANCE_COLORS.conflict} d={balancePath(shape.columns, (c) => -c.conflict, x, yb, step, dayMs)} />
              <text class="axis-title" transform={`translate(${-40},${yb(0) / 2}) rotate(-90)`} style={{ fill: BALANCE_COLORS.cooperation }}>
                coop.
              </text>
              <text class="axis-title" transform={`translate(${-40},${(yb(0) + BALANCE_HEIGHT) / 2}) rotate(-90)`} style={{ fill: BALANCE_COLORS.conflict }}>
                conflict
              </text>
            </g>
            <g class="x-axis" transform={`translate(0,${balanceTop + BALANCE_HEIGHT})`}>
              {xTicks.map((t) => (
                <g class="tick" transform={`translate(${x(t)},0)`}>
                  <line y2={5} />
                  <text y={17}>{tickFormat(t)}</text>
                </g>
              ))}
            </g>
            {brush && <rect class="brush" x={Math.min(brush.from, brush.to)} width={Math.abs(brush.to - brush.from)} y={0} height={balanceTop + BALANCE_HEIGHT} />}
            <rect
              class="overlay"
              width={plotWidth}
              height={balanceTop + BALANCE_HEIGHT}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerLeave={() => setHover(null)}
            />
          </g>
        </svg>
        {hover && !brush && <Tooltip hover={hover} interval={interval} width={width} />}
      </div>
      <p class="timeline-hint">Drag across the chart to filter a date range; click a type (legend or bar) to filter by it.</p>
    </section>
  );
}

/** The stacked bars: one rect per type and period. */
function Bars({ columns, x, y, barWidth }: { columns: readonly Column[]; x: (ms: number) => number; y: (v: number) => number; barWidth: number }): JSX.Element {
  return (
    <g class="bars">
      {columns.map((c) =>
        c.segments.map((s) => (
          <rect class="bar" data-type={s.type} data-period={c.period} x={x(dayMs(c.period))} width={barWidth} y={y(s.y1)} height={Math.max(0, y(s.y0) - y(s.y1))} fill={typeColor(s.type)} />
        )),
      )}
    </g>
  );
}

/** A step area over the columns (each period flat across its width), from zero to `value`. */
function balancePath(columns: readonly Column[], value: (c: Column) => number, x: (ms: number) => number, y: (v: number) => number, step: number, ms: (iso: string) => number): string {
  if (columns.length === 0) return '';
  const zero = y(0);
  const first = columns[0] as Column;
  let d = `M${x(ms(first.period))},${zero}`;
  for (const c of columns) {
    const x0 = x(ms(c.period));
    const v = y(value(c));
    d += `L${x0},${v}L${x0 + (x(ms(c.period) + step) - x0)},${v}`;
  }
  const last = columns[columns.length - 1] as Column;
  return `${d}L${x(ms(last.period) + step)},${zero}Z`;
}

/** The hovered period: its dates, total, counts per type and balance. */
function Tooltip({ hover, interval, width }: { hover: Hover; interval: Interval; width: number }): JSX.Element {
  const { column } = hover;
  const left = hover.x > width - 220 ? hover.x - 210 : hover.x + 14;
  return (
    <div class="timeline-tooltip" style={{ left: `${left}px`, top: `${Math.max(0, hover.y - 10)}px` }}>
      <strong>{interval === 'week' ? `Week of ${column.period}` : column.period}</strong>
      <div>{formatCount(column.total)} events</div>
      <ul>
        {[...column.segments].reverse().map((s) => (
          <li>
            <span class="swatch" style={{ background: typeColor(s.type) }} />
            {s.type} <span class="n">{formatCount(s.events)}</span>
          </li>
        ))}
      </ul>
      <div class="balance-line">
        <span style={{ color: BALANCE_COLORS.cooperation }}>{formatCount(column.cooperation)} cooperation</span> · <span style={{ color: BALANCE_COLORS.conflict }}>{formatCount(column.conflict)} conflict</span>
      </div>
    </div>
  );
}
