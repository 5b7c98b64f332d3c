/** Loads data for a view: re-fetches when `key` changes, aborts the stale request, keeps the last data while loading. */
import { useEffect, useState } from 'preact/hooks';

/** The state of a request: the last data (kept while the next one loads), the error, and whether one is in flight. */
export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes (a string that names the request, e.g. its URL). Stale
 * answers are dropped: only the latest key's result lands.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined, loading: key !== null });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: undefined, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ data: s.data, error: error instanceof Error ? error : new Error(String(error)), loading: false }));
      },
    );
    return () => controller.abort();
    // `load` is recreated on every render; `key` names the request.
  }, [key]);
  return state;
}
