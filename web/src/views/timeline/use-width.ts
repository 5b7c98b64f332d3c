/** Width of an element, kept up to date as the window resizes (charts draw to their container). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/** A ref to attach and the element's current content width in pixels (`fallback` until measured). */
export function useWidth<T extends HTMLElement>(fallback = 960): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => setWidth(Math.max(320, Math.floor(el.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
