/** The place view. */
import type { JSX } from 'preact';
import type { ViewProps } from '../../view-props.js';

/** The place view. */
export function PlaceView(_props: ViewProps & { id: string }): JSX.Element {
  return (
    <section class="panel">
      <h1>Place</h1>
    </section>
  );
}
