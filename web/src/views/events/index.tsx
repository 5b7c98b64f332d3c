/** The events view. */
import type { JSX } from 'preact';
import type { ViewProps } from '../../view-props.js';

/** The events view. */
export function EventsView(_props: ViewProps): JSX.Element {
  return (
    <section class="panel">
      <h1>Events</h1>
    </section>
  );
}
