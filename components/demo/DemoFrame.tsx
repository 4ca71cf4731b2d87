'use client';
/**
 * The demo contract's outside, the same for every demo:
 *   <section data-demo data-state="idle|loading|running|done|error" data-backend data-metric-*>
 *   buttons data-action="run|stop|reset", a progress bar, a backend badge to switch backend,
 *   errors in plain words with a retry.
 * The frame loads TensorFlow.js, the backend and the view only when the demo comes within about
 * two viewports or is started, so the page's first-load JavaScript holds none of them.
 */
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { fill } from '@/content/fill';
import type { Dict } from '@/content/i18n';
import type { Lang } from '@/content/lectures';
import { BACKENDS, readBackendParam, readHashParams, readSeedParam, type BackendName, type Notice } from '@/demos/runtime/params';
import { isPaused, pauseRun, resumeRun } from '@/demos/runtime/loop';
import type { DemoParam, PresentMessage } from '@/components/present/bus';
import { PresentContext, SlideContext } from '@/components/present/context';
import type { DemoDescriptor } from './types';
import { hasHardwareWebGpu, watchContextLoss } from './browser';
import { PaperLine } from './PaperLine';
import { BACKEND_EVENT, classify, installCourseGlobal, link, loadRuntime, type ErrorKind } from './runtime-link';
import type { DemoApi, DemoHandlers, DemoView, ExposedParam } from './types';

type State = 'idle' | 'loading' | 'running' | 'done' | 'error';

export function DemoFrame({ id, lang, t, spec }: { id: string; lang: Lang; t: Dict; spec: DemoDescriptor }) {
  const td = t.demo;
  const rootRef = useRef<HTMLElement>(null);
  const [state, setState] = useState<State>('idle');
  const [status, setStatus] = useState<string>('');
  const [View, setView] = useState<DemoView | null>(null);
  const [viewKey, setViewKey] = useState(0);
  const [ready, setReady] = useState(false);
  const [backend, setBackend] = useState<BackendName | ''>('');
  const [progress, setProgress] = useState<number | null>(null);
  const [metrics, setMetrics] = useState<Record<string, number>>({});
  const [error, setError] = useState<{ kind: ErrorKind; detail: string } | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [skipped, setSkipped] = useState<string>('');
  const [params, setParams] = useState<{ seed: number; quick: boolean; hash: Map<string, string> } | null>(null);
  // presenter mode (null on the reading page): the slide's visibility pauses / unloads the demo,
  // and the presenter window drives it over the bus
  const present = useContext(PresentContext);
  const slide = useContext(SlideContext);
  const slideActiveRef = useRef<boolean | null>(slide ? slide.active : null);
  slideActiveRef.current = slide ? slide.active : null;
  const [paused, setPaused] = useState(false);
  const paramRef = useRef<ExposedParam | null>(null);
  const [param, setParam] = useState<DemoParam | null>(null);
  const stateRef = useRef<State>('idle');
  stateRef.current = state;

  const handlers = useRef<DemoHandlers | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const activating = useRef(false);
  const readyRef = useRef(false);
  const pendingRun = useRef(false);
  const unwatch = useRef<() => void>(() => {});
  const runRef = useRef<() => void>(() => {});

  const notify = useCallback((n: Notice) => {
    const text = fill(td.notices[n.key], n.values);
    setNotices((ns) => (ns.includes(text) ? ns : [...ns, text]));
  }, [td]);

  const lost = useRef(false);
  const fail = useCallback((e: unknown) => {
    abortRef.current?.abort();
    abortRef.current = null; // the aborted run must not overwrite the error state

    // once the GL context is gone, every later failure is that failure
    const c = lost.current ? { kind: 'contextLost' as const, detail: '' } : classify(e);
    console.warn(`[demo ${id}]`, e); // a warning, not an error: the page handles it
    setError(c);
    setState('error');
    setProgress(null);
  }, [id]);

  /** Load runtime, pick the backend, load the view. Idempotent while in flight. */
  const activate = useCallback(async () => {
    if (activating.current || View) return;
    activating.current = true;
    setState('loading');
    setStatus(td.loading);
    setError(null);
    try {
      const search = window.location.search;
      const b = readBackendParam(search);
      if (link.forced === undefined) link.forced = b.backend;
      if (b.notice) notify(b.notice);
      const s = readSeedParam(search);
      if (s.notice) notify(s.notice);
      const h = readHashParams(window.location.hash, id);
      if (h.notice) notify(h.notice);
      setParams({ seed: s.seed, quick: new URLSearchParams(search).get('quick') === '1', hash: h.params });

      const runtime = await loadRuntime();
      const choice = await runtime.initBackend({ forced: link.forced, needs: spec.needs, hardwareWebGpu: hasHardwareWebGpu });
      setBackend(choice.backend);
      setSkipped(choice.skipped.map((a) => `${a.backend} (${a.reason})`).join('; '));
      unwatch.current();
      lost.current = false;
      unwatch.current = watchContextLoss(runtime.webglContext(), () => {
        lost.current = true;
        runtime.resetBackendChoice();
        setView(null);
        readyRef.current = false;
        setReady(false);
        fail(new Error('WebGL context lost'));
      });
      const mod = await spec.load();
      if (slideActiveRef.current === false) {
        // its slide was left while it loaded: stay unloaded
        setState('idle');
        setStatus('');
        return;
      }
      setView(() => mod.default);
      setViewKey((k) => k + 1);
    } catch (e) {
      fail(e);
    } finally {
      activating.current = false;
    }
  }, [View, fail, id, notify, spec, td.loading]);

  const run = useCallback(async () => {
    if (!readyRef.current || !handlers.current) {
      pendingRun.current = true;
      void activate();
      return;
    }
    abortRef.current?.abort();
    const ac = new AbortController();
    abortRef.current = ac;
    setError(null);
    setState('running');
    setStatus(td.running);
    try {
      await handlers.current.run(ac.signal);
      if (abortRef.current === ac) {
        setState('done');
        setStatus(td.done);
      }
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') {
        if (abortRef.current === ac) {
          setState('idle');
          setStatus(td.stopped);
        }
      } else {
        fail(e);
      }
    } finally {
      if (abortRef.current === ac) setProgress(null);
    }
  }, [activate, fail, td]);
  runRef.current = () => void run();

  const stop = () => {
    const ac = abortRef.current;
    if (ac) resumeRun(ac.signal); // a paused run ends at once
    ac?.abort();
    setPaused(false);
  };

  const reset = () => {
    stop();
    abortRef.current = null;
    handlers.current?.reset();
    setMetrics({});
    setProgress(null);
    setError(null);
    setState('idle');
    setStatus('');
  };

  /** Remount the view on another backend (the old view disposes its model on unmount). */
  const switchBackend = useCallback((name: BackendName) => {
    abortRef.current?.abort();
    link.forced = name;
    link.runtime?.resetBackendChoice();
    readyRef.current = false;
    handlers.current = null;
    setReady(false);
    setView(null);
    setMetrics({});
    setError(null);
    setState('loading');
  }, []);

  // After the view unmounts for a backend switch or retry, activate again.
  useEffect(() => {
    if (View === null && state !== 'idle' && !activating.current && error === null) void activate();
  }, [View, activate, error, state]);

  // A backend switch anywhere on the page applies to every demo on it.
  useEffect(() => {
    const onSwitch = (e: Event) => switchBackend((e as CustomEvent<BackendName>).detail);
    window.addEventListener(BACKEND_EVENT, onSwitch);
    return () => window.removeEventListener(BACKEND_EVENT, onSwitch);
  }, [switchBackend]);

  // Load when within about two viewports — once: later loads come from run, retry or a switch.
  const activateRef = useRef(activate);
  activateRef.current = activate;
  useEffect(() => {
    installCourseGlobal();
    const el = rootRef.current;
    // on a slide, the slide's visibility decides (below); `?load=manual` (a slow or metered
    // connection, or a test of the idle page) loads nothing until Run is pressed
    const manual = new URLSearchParams(window.location.search).get('load') === 'manual';
    if (!el || manual || slideActiveRef.current !== null || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((en) => en.isIntersecting)) {
        io.disconnect();
        void activateRef.current();
      }
    }, { rootMargin: '200% 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, []);

  // On a slide: leaving it pauses a running demo (it keeps its tensors and resumes on return) and
  // unloads any other (its view disposes the model), so paging through a deck leaks nothing.
  const slideActive = slide ? slide.active : null;
  useEffect(() => {
    if (slideActive === null) return;
    const ac = abortRef.current;
    if (slideActive) {
      if (ac && isPaused(ac.signal)) {
        resumeRun(ac.signal);
        setPaused(false);
      } else {
        void activateRef.current();
      }
    } else if (ac && !ac.signal.aborted && stateRef.current === 'running') {
      pauseRun(ac.signal);
      setPaused(true);
    } else {
      abortRef.current?.abort();
      abortRef.current = null;
      pendingRun.current = false;
      readyRef.current = false;
      handlers.current = null;
      paramRef.current = null;
      setParam(null);
      setReady(false);
      setView(null);
      setMetrics({});
      setProgress(null);
      setState((s) => (s === 'error' ? s : 'idle'));
      setStatus('');
    }
  }, [slideActive]);

  // The audience window reports this demo to the presenter window and obeys its commands.
  const bus = present?.role === 'audience' ? present.bus : null;
  const roundedProgress = progress == null ? null : Math.round(progress * 50) / 50;
  const snapshot = useCallback(
    () => ({ id, state, paused, progress: roundedProgress, param }),
    [id, state, paused, roundedProgress, param],
  );
  // (again when its slide comes on screen: that is when the presenter's remote for it wants it)
  useEffect(() => { bus?.post({ t: 'demo', snap: snapshot() }); }, [bus, snapshot, slideActive]);
  const commands = useRef({ run: () => {}, stop: () => {}, reset: () => {}, snapshot });
  commands.current = { run: () => void run(), stop, reset, snapshot };
  useEffect(() => bus?.on((m: PresentMessage) => {
    if (m.t === 'hello' || (m.t === 'ask' && m.id === id)) bus.post({ t: 'demo', snap: commands.current.snapshot() });
    if (slideActiveRef.current === false) return; // commands are for the slide on screen
    if (m.t === 'cmd' && m.id === id) commands.current[m.action]();
    if (m.t === 'param' && m.id === id) paramRef.current?.set(m.value);
  }), [bus, id]);

  // Work stops on unmount.
  useEffect(() => () => {
    abortRef.current?.abort();
    unwatch.current();
  }, []);

  const api: DemoApi | null = useMemo(() => {
    if (!backend || !params) return null;
    return {
      id, lang, t, backend, seed: params.seed, quick: params.quick, hash: params.hash,
      register: (h) => { handlers.current = h; },
      ready: () => {
        readyRef.current = true;
        setReady(true);
        setState((s) => (s === 'loading' ? 'idle' : s));
        setStatus('');
        if (pendingRun.current) {
          pendingRun.current = false;
          queueMicrotask(() => runRef.current());
        }
      },
      unready: () => {
        abortRef.current?.abort();
        abortRef.current = null;
        readyRef.current = false;
        setReady(false);
        setMetrics({});
        setState('loading');
        setStatus(td.loading);
      },
      requestRun: () => runRef.current(),
      setProgress,
      setMetrics: (m) => setMetrics((old) => ({ ...old, ...m })),
      exposeParam: (p) => {
        paramRef.current = p;
        setParam(p ? { name: p.name, label: p.label, min: p.min, max: p.max, step: p.step, value: p.value } : null);
      },
      notify,
      fail,
    };
  }, [backend, fail, id, lang, notify, params, t]);

  const metricAttrs: Record<string, string> = {};
  // HTML lowercases attribute names anyway; React (dev) warns on a capital in a data- prop
  for (const [k, v] of Object.entries(metrics)) metricAttrs[`data-metric-${k.toLowerCase()}`] = String(v);

  const retry = () => {
    setError(null);
    readyRef.current = false;
    setReady(false);
    setView(null);
    setState('loading');
  };

  return (
    <section
      ref={rootRef}
      className="demo"
      data-demo={id}
      data-state={state}
      data-backend={backend}
      data-ready={ready ? 'true' : 'false'}
      data-paused={paused ? 'true' : undefined}
      aria-labelledby={`demo-${id}-title`}
      {...metricAttrs}
    >
      <header className="demo-head">
        <h3 id={`demo-${id}-title`} className="demo-title">{spec.title[lang]}</h3>
        <div className="demo-controls">
          <button type="button" data-action="run" onClick={() => void run()} disabled={state === 'running' || state === 'loading' && ready}>
            {td.run}
          </button>
          <button type="button" data-action="stop" onClick={stop} disabled={state !== 'running'}>{td.stop}</button>
          <button type="button" data-action="reset" onClick={reset}>{td.reset}</button>
          <label className="backend-badge" title={skipped ? fill(td.fellBack, { detail: skipped }) : td.switchBackend}>
            <span className="visually-hidden">{td.switchBackend}</span>
            <select
              aria-label={td.switchBackend}
              value={backend}
              onChange={(e) => window.dispatchEvent(new CustomEvent(BACKEND_EVENT, { detail: e.target.value as BackendName }))}
            >
              {!backend ? <option value="">{td.backend}</option> : null}
              {BACKENDS.map((b) => <option key={b} value={b}>{b}</option>)}
            </select>
          </label>
        </div>
      </header>
      <div className="demo-progress" aria-hidden={progress == null}>
        {progress != null ? <progress max={1} value={progress} aria-label={td.running} /> : null}
      </div>
      <p className="demo-status" role="status" aria-live="polite">{paused ? t.present.paused : status}</p>
      {notices.map((n) => <p key={n} className="demo-notice" role="note">{n}</p>)}
      {error ? (
        <div className="demo-error" role="alert">
          <p>{fill(td.errors[error.kind], { detail: error.detail })}</p>
          <button type="button" data-action="retry" onClick={retry}>{td.retry}</button>
        </div>
      ) : null}
      <div className="demo-body" style={{ minHeight: spec.height }}>
        {View && api ? <View key={viewKey} api={api} /> : (
          <div className="demo-placeholder">
            <noscript>{td.noJs}</noscript>
            <span>{state === 'idle' ? td.waiting : ''}</span>
          </div>
        )}
      </div>
      {spec.paper && View ? <PaperLine load={spec.paper} metrics={metrics} lang={lang} t={td.paperLine} /> : null}
    </section>
  );
}
