/** The actor view. */
import type { JSX } from 'preact';
import type { ViewProps } from '../../view-props.js';

/** The actor view. */
export function ActorView(_props: ViewProps & { id: string }): JSX.Element {
  return (
    <section class="panel">
      <h1>Actor</h1>
    </section>
  );
}
