'use client';
/**
 * Presenter mode. One page, three roles chosen by the URL:
 *   (none)        the audience window: one slide at a time, 16:9, demos live;
 *   ?presenter=1  the presenter window: current and next slide, speaker notes, timer, and a
 *                 remote for each demo (which runs in the audience window);
 *   ?print=1      handouts: every slide, one per page, demos as stills (`&script=1`: with the
 *                 speaker's script beneath each slide).
 * B / W blank the audience screen black or white, L shows a laser pointer: from the presenter
 * window (over its current slide) or in the audience window itself.
 * The windows keep in step over a BroadcastChannel (see bus.ts); `?slide=N` keeps the place
 * across a reload.
 */
import { use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { topicOf } from '@/components/demo/lazy';
import { fill } from '@/content/fill';
import type { Dict } from '@/content/i18n';
import { channelName, openBus, type Blank, type Bus } from './bus';
import { PresentContext, type PresentRole } from './context';
import { Overview, Timer, toggleFullscreen, useDeckKeys } from './deck-parts';
import { Slide, type ClientSlide } from './SlideView';

export type { ClientSlide };

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



export function PresentApp(props: Props) {
  const { t, lang, slug } = props;
  // a demo slide's title is its demo's, from this lecture's topic: resolved here, in the client,
  // because server code must not import the descriptors (their lazy views would join the page)
  const topic = use(topicOf(slug));
  const slides = useMemo(() => props.slides.map((s) => {
    const d = s.kind === 'demo' && s.demos[0] ? topic?.demos.find((x) => x.id === s.demos[0]) : undefined;
    return d ? { ...s, title: d.title[lang === 'zh' ? 'zh' : 'en'] } : s;
  }), [props.slides, lang, topic]);
  const tp = t.present;
  const total = slides.length;
  const [role, setRole] = useState<PresentRole>('audience');
  const [index, setIndex] = useState(0);
  const [notice, setNotice] = useState('');
  const [bus, setBus] = useState<Bus | null>(null);
  const [overview, setOverview] = useState(false);
  const [typed, setTyped] = useState('');
  const [blank, setBlank] = useState<Blank>(null);
  const [laserOn, setLaserOn] = useState(false);
  const [dot, setDot] = useState<{ x: number; y: number } | null>(null);
  const [withScript, setWithScript] = useState(false);

  // The URL decides the role and the slide (after hydration: the export has no query string).
  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    setRole(q.get('presenter') === '1' ? 'presenter' : q.get('print') === '1' ? 'print' : 'audience');
    setWithScript(q.get('script') === '1');
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
    // at once, not at the next render: a 'hello' handled right after this slide message must
    // answer with the new slide, or the presenter that sent both is pulled back to the old one
    indexRef.current = n;
    writeSlide(n);
    if (from === 'local') bus?.post({ t: 'slide', i: n });
  }, [bus, total]);

  // blank and laser: either window sets them, the audience window shows them
  const sendBlank = useCallback((c: 'black' | 'white') => {
    setBlank((b) => {
      const next = b === c ? null : c;
      bus?.post({ t: 'blank', v: next });
      return next;
    });
  }, [bus]);
  const toggleLaser = useCallback(() => {
    setLaserOn((on) => {
      if (on) { setDot(null); bus?.post({ t: 'laser', at: null }); }
      return !on;
    });
  }, [bus]);
  const pointAt = (e: React.PointerEvent<HTMLElement>, fromPresenter: boolean) => {
    if (!laserOn) return;
    const r = e.currentTarget.getBoundingClientRect();
    const at = { x: (e.clientX - r.left) / r.width, y: (e.clientY - r.top) / r.height };
    setDot(at);
    if (fromPresenter) bus?.post({ t: 'laser', at });
  };

  useEffect(() => bus?.on((m) => {
    if (m.t === 'blank') setBlank(m.v);
    if (m.t === 'laser') { setDot(m.at); setLaserOn(m.at !== null); }
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
    blank: sendBlank,
    laser: toggleLaser,
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
          {slides.map((s, i) => <Slide key={i} slide={s} index={i} active fit={false} role={role} script={withScript} {...slideProps} />)}
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
            <div className={`presenter-screen${laserOn ? ' laser-on' : ''}`} onPointerMove={(e) => pointAt(e, true)}
              onPointerLeave={() => { if (laserOn) bus?.post({ t: 'laser', at: null }); }}>
              <Slide slide={slides[index]} index={index} active fit role={role} {...slideProps} />
              {dot && laserOn ? <span className="laser-dot" style={{ left: `${dot.x * 100}%`, top: `${dot.y * 100}%` }} aria-hidden="true" /> : null}
            </div>
            {slides[index].hasScript ? (
              <section className="presenter-script prose" aria-label={tp.script} tabIndex={0} data-presenter-script>
                <h2>{tp.script}</h2>
                {slides[index].script}
              </section>
            ) : null}
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
        <main className={`deck-stage${laserOn ? ' laser-on' : ''}`} aria-live="polite" aria-label={props.lectureTitle} onPointerMove={(e) => pointAt(e, false)}>
          {slides.map((s, i) => <Slide key={i} slide={s} index={i} active={i === index} fit role={role} {...slideProps} />)}
          {dot && laserOn ? <span className="laser-dot" style={{ left: `${dot.x * 100}%`, top: `${dot.y * 100}%` }} data-laser aria-hidden="true" /> : null}
        </main>
        {blank ? <div className={`deck-blank deck-blank-${blank}`} data-blank={blank} onClick={() => setBlank(null)} aria-hidden="true" /> : null}
        {notice ? <p className="deck-notice" role="alert">{notice} <button type="button" onClick={() => setNotice('')}>×</button></p> : null}
        <p className="visually-hidden">{tp.keys}</p>
        {toolbar}
        {overview ? <Overview slides={slides} current={index} t={t} onPick={pick} onClose={() => setOverview(false)} /> : null}
      </div>
    </PresentContext.Provider>
  );
}

