'use client';
/**
 * Runs the demo again, debounced, when one of `deps` changes after the first render: a slider
 * dragged, a digit picked. `when` holds the run back (e.g. while a point is being dragged);
 * `onChange` clears what the change made void, at once, before the rerun.
 */
import { useEffect, useRef } from 'react';
import type { DemoApi } from './types';

export function useRerunOnChange(api: DemoApi, deps: readonly unknown[], opts: { delay?: number; when?: boolean; onChange?: () => void } = {}) {
  const { delay = 120, when = true } = opts;
  const onChange = useRef(opts.onChange);
  onChange.current = opts.onChange;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    onChange.current?.();
    if (!when) return;
    const h = setTimeout(() => api.requestRun(), delay);
    return () => clearTimeout(h);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, when, delay, ...deps]);
}
