'use client';
/**
 * Presenter mode. One page, three roles chosen by the URL:
 *   (none)        the audience window: one slide at a time, 16:9, demos live;
 *   ?presenter=1  the presenter window: current and next slide, speaker notes, timer, and a
 *                 remote for each demo (which runs in the audience window);
 *   ?print=1      handouts: every slide, one per page, demos as stills.
 * The windows keep in step over a BroadcastChannel (see bus.ts); `?slide=N` keeps the place
 * across a reload.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { demoTitle } from '@/components/demo/registry';
import { fill } from '@/content/fill';
import type { Dict } from '@/content/i18n';
import { channelName, openBus, type Bus } from './bus';
import { PresentContext, SlideContext, type PresentRole } from './context';

export interface ClientSlide {
  kind: 'title' | 'section' | 'sub' | 'demo';
  title: string;
  kicker?: string;
  cont?: boolean;
  body: ReactNode;
  notes: ReactNode;
  hasNotes: boolean;
  demos: string[];
}

interface Props {
  lang: string;
  slug: string;
  lectureTitle: string;
  part: string;
  course: string;
  readingHref: string;
  t: Dict;
  slides: ClientSlide[];
}

/** `?slide=N` → index, or a notice when N is not a slide of this lecture. */
function readSlide(search: string, total: number): { index: number; bad?: string } {
  const raw = new URLSearchParams(search).get('slide');
  if (raw === null) return { index: 0 };
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isFinite(n)) return { index: 0, bad: raw };
  if (n < 1 || n > total) return { index: Math.min(Math.max(n, 1), total) - 1, bad: raw };
  return { index: n - 1 };
}

function writeSlide(index: number) {
  const u = new URL(window.location.href);
  u.searchParams.set('slide', String(index + 1));
  window.history.replaceState(window.history.state, '', u.pathname + u.search + u.hash);
}

/** Keys that a focused control needs for itself are left to it. */
function ownsKey(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (!el || !el.closest) return false;
  if (el.isContentEditable || el.closest('input, select, textarea, [role="slider"], canvas')) return true;
  if ((e.key === ' ' || e.key === 'Enter') && el.closest('button, a, summary, [role="button"]')) return true;
  return false;
}

/** Shrinks a slide's type until its text fits (formulas and figures scale with it). */
function useFit(ref: React.RefObject<HTMLElement | null>, on: boolean, key: unknown) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !on) return;
    const fit = () => {
      let f = 1;
      el.style.setProperty('--fit', '1');
      for (let k = 0; k < 6 && el.clientHeight > 0; k++) {
        const over = el.scrollHeight / el.clientHeight;
        if (over <= 1.005) break;
        f = Math.max(0.5, f / Math.max(over, 1.02));
        el.style.setProperty('--fit', f.toFixed(3));
        if (f === 0.5) break;
      }
    };
    fit();
    const ro = new ResizeObserver(() => fit());
    ro.observe(el.parentElement ?? el);
    return () => ro.disconnect();
  }, [ref, on, key]);
}

function Slide({ slide, index, total, active, t, fit, role, lectureTitle, part, course }: {
  slide: ClientSlide; index: number; total: number; active: boolean; t: Dict; fit: boolean; role: PresentRole;
  lectureTitle: string; part: string; course: string;
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  useFit(bodyRef, fit && active && slide.kind !== 'demo', `${index}-${role}`);
  const tp = t.present;
  const slideCtx = useMemo(() => ({ active }), [active]);
  return (
    <SlideContext.Provider value={slideCtx}>
      <section
        className={`slide slide-${slide.kind}`}
        hidden={!active}
        data-slide={index + 1}
        aria-roledescription={tp.slide}
        aria-label={`${fill(tp.slideOf, { n: index + 1, total })}: ${slide.title}`}
      >
        {slide.kind === 'title' ? (
          <header className="slide-head slide-title-head">
            <p className="slide-kicker">{part}</p>
            <h1>{lectureTitle}</h1>
            <p className="slide-course">{course}</p>
          </header>
        ) : (
          <header className="slide-head">
            {slide.kicker ? <p className="slide-kicker">{slide.kicker}</p> : null}
            <h2>{slide.title}{slide.cont ? <span className="slide-cont"> {tp.cont}</span> : null}</h2>
          </header>
        )}
        {/* focusable: a slide too long even at the smallest type scrolls, by keyboard too */}
        <div className="slide-body prose" ref={bodyRef} tabIndex={active ? 0 : -1}>{slide.body}</div>
        <p className="slide-number" aria-hidden="true">{index + 1} / {total}</p>
      </section>
    </SlideContext.Provider>
  );
}

function useDeckKeys(actions: {
  next(): void; prev(): void; first(): void; last(): void; goto(n: number): void;
  overview(): void; fullscreen(): void; presenter?(): void; closeOverlay(): boolean;
}, setTyped: (s: string) => void) {
  const typed = useRef('');
  const a = useRef(actions);
  a.current = actions;
  useEffect(() => {
    let clear: ReturnType<typeof setTimeout> | undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || ownsKey(e)) return;
      const act = a.current;
      const done = () => e.preventDefault();
      if (/^[0-9]$/.test(e.key)) {
        typed.current = (typed.current + e.key).slice(-4);
        setTyped(typed.current);
        clearTimeout(clear);
        clear = setTimeout(() => { typed.current = ''; setTyped(''); }, 3000);
        return done();
      }
      if (e.key === 'Enter' && typed.current) {
        act.goto(Number(typed.current) - 1);
        typed.current = '';
        setTyped('');
        return done();
      }
      switch (e.key) {
        case 'ArrowRight': case 'ArrowDown': case 'PageDown': act.next(); return done();
        case ' ': (e.shiftKey ? act.prev : act.next)(); return done();
        case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'Backspace': act.prev(); return done();
        case 'Home': act.first(); return done();
        case 'End': act.last(); return done();
        case 'o': case 'O': act.overview(); return done();
        case 'f': case 'F': act.fullscreen(); return done();
        case 'p': case 'P': if (act.presenter) { act.presenter(); return done(); } return;
        case 'Escape':
          typed.current = '';
          setTyped('');
          if (act.closeOverlay()) done();
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); clearTimeout(clear); };
  }, [setTyped]);
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

function Overview({ slides, current, t, onPick, onClose }: { slides: ClientSlide[]; current: number; t: Dict; onPick(i: number): void; onClose(): void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => { first.current?.focus(); }, []);
  return (
    <div className="overview" role="dialog" aria-modal="true" aria-label={t.present.overview}>
      <div className="overview-head">
        <h2>{t.present.overview}</h2>
        <button type="button" onClick={onClose}>{t.present.closeOverview}</button>
      </div>
      <ol className="overview-grid">
        {slides.map((s, i) => (
          <li key={i}>
            <button
              type="button"
              ref={i === current ? first : undefined}
              aria-current={i === current ? 'true' : undefined}
              className={`overview-card overview-${s.kind}`}
              onClick={() => onPick(i)}
            >
              <span className="overview-n">{i + 1}</span>
              {s.kicker ? <span className="overview-kicker">{s.kicker}</span> : null}
              <span className="overview-title">{s.title}{s.cont ? ` ${t.present.cont}` : ''}</span>
              {s.demos.length ? <span className="overview-demo">{t.present.demoSlide}</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function PresentApp(props: Props) {
  const { t, lang, slug } = props;
  // a demo slide's title is its demo's, from the topic registry: resolved here, in the client,
  // because server code must not import the descriptors (their lazy views would join the page)
  const slides = useMemo(() => props.slides.map((s) => (s.kind === 'demo' && s.demos[0] ? { ...s, title: demoTitle(s.demos[0], lang === 'zh' ? 'zh' : 'en') } : s)), [props.slides, lang]);
  const tp = t.present;
  const total = slides.length;
  const [role, setRole] = useState<PresentRole>('audience');
  const [index, setIndex] = useState(0);
  const [notice, setNotice] = useState('');
  const [bus, setBus] = useState<Bus | null>(null);
  const [overview, setOverview] = useState(false);
  const [typed, setTyped] = useState('');

  // The URL decides the role and the slide (after hydration: the export has no query string).
  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    setRole(q.get('presenter') === '1' ? 'presenter' : q.get('print') === '1' ? 'print' : 'audience');
    const s = readSlide(window.location.search, total);
    setIndex(s.index);
    if (s.bad !== undefined) setNotice(fill(tp.badSlide, { value: s.bad, total, n: s.index + 1 }));
    const b = openBus(channelName(lang, slug));
    setBus(b);
    return () => b.close();
  }, [lang, slug, total, tp.badSlide]);

  const indexRef = useRef(index);
  indexRef.current = index;
  const go = useCallback((i: number, from: 'local' | 'remote' = 'local') => {
    const n = Math.min(Math.max(Math.trunc(i), 0), total - 1);
    if (!Number.isFinite(n)) return;
    setIndex(n);
    writeSlide(n);
    if (from === 'local') bus?.post({ t: 'slide', i: n });
  }, [bus, total]);

  useEffect(() => bus?.on((m) => {
    if (m.t === 'slide') go(m.i, 'remote');
    if (m.t === 'hello' && role === 'audience') bus.post({ t: 'slide', i: indexRef.current });
  }), [bus, go, role]);
  // a presenter window opened later asks where the audience is
  useEffect(() => { if (role === 'presenter') bus?.post({ t: 'hello' }); }, [bus, role]);

  const openPresenter = useCallback(() => {
    const u = new URL(window.location.href);
    u.searchParams.set('presenter', '1');
    u.searchParams.set('slide', String(indexRef.current + 1));
    window.open(u.pathname + u.search + u.hash, `course-presenter-${slug}`, 'popup,width=1280,height=800');
  }, [slug]);

  useDeckKeys({
    next: () => go(indexRef.current + 1),
    prev: () => go(indexRef.current - 1),
    first: () => go(0),
    last: () => go(total - 1),
    goto: (n) => go(n),
    overview: () => setOverview((o) => !o),
    fullscreen: toggleFullscreen,
    presenter: role === 'audience' ? openPresenter : undefined,
    closeOverlay: () => {
      if (!overview) return false;
      setOverview(false);
      return true;
    },
  }, setTyped);

  // touch: swipe left / right (not on a demo, whose canvases take the pointer)
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: React.PointerEvent) => {
    swipe.current = e.pointerType === 'touch' && !(e.target as HTMLElement).closest('.demo') ? { x: e.clientX, y: e.clientY } : null;
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const s = swipe.current;
    swipe.current = null;
    if (!s) return;
    const dx = e.clientX - s.x, dy = e.clientY - s.y;
    if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) go(indexRef.current + (dx < 0 ? 1 : -1));
  };

  const ctx = useMemo(() => ({ role, bus }), [role, bus]);
  const slideProps = { t, total, lectureTitle: props.lectureTitle, part: props.part, course: props.course };
  const pick = (i: number) => { go(i); setOverview(false); };

  const toolbar = (
    <nav className="deck-bar" aria-label={tp.slide}>
      <button type="button" data-deck="prev" onClick={() => go(index - 1)} disabled={index === 0} aria-label={tp.prev}>←</button>
      <button type="button" data-deck="overview" onClick={() => setOverview(true)} title={tp.overview} aria-haspopup="dialog">
        <span data-deck-position>{fill(tp.slideOf, { n: index + 1, total })}</span>
      </button>
      <button type="button" data-deck="next" onClick={() => go(index + 1)} disabled={index === total - 1} aria-label={tp.next}>→</button>
      {typed ? <span className="deck-typed" role="status">{fill(tp.jumpTo, { n: typed })}</span> : null}
      <span className="deck-spacer" />
      {role === 'audience' ? <button type="button" onClick={openPresenter}>{tp.openPresenter}</button> : null}
      <button type="button" onClick={toggleFullscreen}>{tp.fullscreen}</button>
      <a href={`?print=1`}>{tp.print}</a>
      <a href={props.readingHref}>{tp.reading}</a>
    </nav>
  );

  if (role === 'print') {
    return (
      <PresentContext.Provider value={ctx}>
        <div className="deck deck-print">
          <p className="print-bar"><button type="button" onClick={() => window.print()}>{tp.print}</button> <a href={props.readingHref}>{tp.reading}</a></p>
          {slides.map((s, i) => <Slide key={i} slide={s} index={i} active fit={false} role={role} {...slideProps} />)}
        </div>
      </PresentContext.Provider>
    );
  }

  if (role === 'presenter') {
    return (
      <PresentContext.Provider value={ctx}>
        <div className="presenter" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
          <h1 className="visually-hidden">{tp.presenter}: {props.lectureTitle}</h1>
          {!bus?.live && bus ? <p className="deck-notice" role="alert">{tp.noChannel}</p> : null}
          <div className="presenter-current" aria-label={tp.current} role="region">
            <p className="presenter-label">{tp.current}</p>
            <div className="presenter-screen">
              <Slide slide={slides[index]} index={index} active fit role={role} {...slideProps} />
            </div>
          </div>
          <div className="presenter-side">
            <div className="presenter-next" role="region" aria-label={tp.upNext}>
              <p className="presenter-label">{tp.upNext}</p>
              <div className="presenter-screen presenter-screen-small">
                {index + 1 < total ? (
                  <PresentContext.Provider value={{ role: 'preview', bus: null }}>
                    <Slide slide={slides[index + 1]} index={index + 1} active fit role="preview" {...slideProps} />
                  </PresentContext.Provider>
                ) : <p className="presenter-end">{tp.end}</p>}
              </div>
            </div>
            <Timer t={t} />
            <section className="presenter-notes" aria-label={tp.notes} tabIndex={0}>
              <h2>{tp.notes}</h2>
              {slides[index].hasNotes ? slides[index].notes : <p className="muted">{tp.noNotes}</p>}
            </section>
          </div>
          {toolbar}
          {overview ? <Overview slides={slides} current={index} t={t} onPick={pick} onClose={() => setOverview(false)} /> : null}
        </div>
      </PresentContext.Provider>
    );
  }

  return (
    <PresentContext.Provider value={ctx}>
      <div className="deck" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
        <main className="deck-stage" aria-live="polite" aria-label={props.lectureTitle}>
          {slides.map((s, i) => <Slide key={i} slide={s} index={i} active={i === index} fit role={role} {...slideProps} />)}
        </main>
        {notice ? <p className="deck-notice" role="alert">{notice} <button type="button" onClick={() => setNotice('')}>×</button></p> : null}
        <p className="visually-hidden">{tp.keys}</p>
        {toolbar}
        {overview ? <Overview slides={slides} current={index} t={t} onPick={pick} onClose={() => setOverview(false)} /> : null}
      </div>
    </PresentContext.Provider>
  );
}

function Timer({ t }: { t: Dict }) {
  const tp = t.present;
  const [start, setStart] = useState<number | null>(null);
  const [held, setHeld] = useState(0); // ms accumulated while paused
  const [running, setRunning] = useState(true);
  const [now, setNow] = useState(0);
  useEffect(() => {
    setStart(Date.now());
    setNow(Date.now());
    const h = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(h);
  }, []);
  const elapsed = start === null ? 0 : running ? held + now - start : held;
  const s = Math.max(0, Math.floor(elapsed / 1000));
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return (
    <div className="presenter-timer">
      <span className="presenter-label">{tp.timer}</span> <time data-timer>{text}</time>
      <button type="button" onClick={() => {
        if (running) { setHeld(elapsed); setRunning(false); } else { setStart(Date.now()); setRunning(true); }
      }}>{running ? tp.pauseTimer : tp.resumeTimer}</button>
      <button type="button" onClick={() => { setHeld(0); setStart(Date.now()); setNow(Date.now()); }}>{tp.resetTimer}</button>
    </div>
  );
}
