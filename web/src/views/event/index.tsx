/** The event view. */
import type { JSX } from 'preact';
import type { ViewProps } from '../../view-props.js';

/** The event view. */
export function EventView(_props: ViewProps & { id: string }): JSX.Element {
  return (
    <section class="panel">
      <h1>Event</h1>
    </section>
  );
}
