/** The analyze view. */
import type { JSX } from 'preact';
import type { ViewProps } from '../../view-props.js';

/** The analyze view. */
export function AnalyzeView(_props: ViewProps): JSX.Element {
  return (
    <section class="panel">
      <h1>Analyze</h1>
    </section>
  );
}
