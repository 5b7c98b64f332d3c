/** A small bar chart of counts per period (an actor's or a place's activity over time). */
import type { JSX } from 'preact';

/** Bars for `[period, count]` pairs in period order; the first and last period label the axis. */
export function Sparkline({ points, label, width = 640, height = 56 }: { points: [string, number][]; label: string; width?: number; height?: number }): JSX.Element {
  const max = Math.max(1, ...points.map(([, n]) => n));
  const step = width / points.length;
  return (
    <figure class="sparkline">
      <svg width={width} height={height} role="img" aria-label={label}>
        {points.map(([period, n], i) => {
          const h = Math.max(1, (n / max) * (height - 4));
          return (
            <rect key={period} x={i * step} y={height - h} width={Math.max(1, step - 1)} height={h} fill="#7b93b8">
              <title>{`${period}: ${n}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption class="small muted">
        {label}, {points[0]?.[0]} – {points[points.length - 1]?.[0]} (peak {max})
      </figcaption>
    </figure>
  );
}
