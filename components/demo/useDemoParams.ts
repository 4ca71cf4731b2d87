'use client';
/**
 * One hook for a demo's parameters, from the schema in its topic descriptor: reads and clamps them
 * from the link's hash (showing a notice for each unusable value, once), writes them back to the
 * hash when they change so the link reproduces the view, resets them, and offers the schema's
 * `main` parameter to the presenter remote. Views never re-type a range or a notice loop.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { writeHashParams } from '@/demos/runtime/params';
import { clampParam, defaults, encodeParams, labelOf, mainParam, readParams, type ParamSchema, type ParamValues } from '@/demos/runtime/schema';
import type { DemoApi } from './types';

export interface DemoParams<S extends ParamSchema> {
  values: ParamValues<S>;
  set<K extends keyof S & string>(key: K, value: ParamValues<S>[K]): void;
  /** back to the defaults (the quick run's under ?quick=1) */
  reset(): void;
}

export function useDemoParams<S extends ParamSchema>(api: DemoApi, schema: S): DemoParams<S> {
  const [values, setValues] = useState(() => readParams(schema, api.hash, api.lang, api.quick).values);

  // a shared link's unusable values: one notice each, shown by the frame
  useEffect(() => {
    for (const n of readParams(schema, api.hash, api.lang, api.quick).notices) api.notify(n);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const set = useCallback(<K extends keyof S & string>(key: K, value: ParamValues<S>[K]) => {
    setValues((old) => (old[key] === value ? old : { ...old, [key]: value }));
  }, []);
  const reset = useCallback(() => setValues(defaults(schema, api.quick)), [schema, api.quick]);

  // the link follows the controls (not on mount: opening a page leaves its URL alone)
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    history.replaceState(null, '', writeHashParams(location.hash, api.id, encodeParams(schema, values)));
  }, [api.id, schema, values]);

  // the presenter window's remote drives the main parameter
  const main = mainParam(schema);
  const mainValue = main ? (values[main.key] as number) : null;
  useEffect(() => {
    if (!main) return;
    api.exposeParam({
      name: main.key, label: labelOf(main.spec, main.key, api.lang), min: main.min, max: main.max, step: main.step,
      value: mainValue as number,
      set: (v) => set(main.key as keyof S & string, clampParam(main.spec, v) as ParamValues<S>[keyof S & string]),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, mainValue]);
  useEffect(() => () => api.exposeParam(null), [api]);

  return { values, set, reset };
}
