/**
 * A view's own setting kept in the URL query string next to the shared filters (the timeline's
 * bucket size, the network's pair count, the map's marker size), so a linked or reloaded view looks
 * the same. The shell keeps unknown query keys when filters change and re-renders on navigation.
 */
import { go } from '../../router.js';

/** The value of `name` in the page's query string (`null` when absent) and a setter (null removes it). */
export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const value = new URLSearchParams(location.search).get(name);
  const set = (next: string | null): void => {
    const params = new URLSearchParams(location.search);
    if (next === null) params.delete(name);
    else params.set(name, next);
    const query = params.toString();
    // Replace, not push: a view setting is not a place to go back to.
    go(`${location.pathname}${query ? `?${query}` : ''}`, true);
  };
  return [value, set];
}

/** `value` when it is one of `allowed`, else `fallback`. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}
