'use client';
/** The deck's keys, its overview grid and the presenter's timer. */
import { useEffect, useRef, useState } from 'react';
import type { Dict } from '@/content/i18n';
import type { ClientSlide } from './SlideView';

/** Keys that a focused control needs for itself are left to it. */
function ownsKey(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (!el || !el.closest) return false;
  if (el.isContentEditable || el.closest('input, select, textarea, [role="slider"], canvas')) return true;
  if ((e.key === ' ' || e.key === 'Enter') && el.closest('button, a, summary, [role="button"]')) return true;
  return false;
}

export function useDeckKeys(actions: {
  next(): void; prev(): void; first(): void; last(): void; goto(n: number): void;
  overview(): void; fullscreen(): void; presenter?(): void; closeOverlay(): boolean;
  /** B / W: a black or white screen (press again to come back); L: the laser pointer */
  blank(colour: 'black' | 'white'): void; laser(): void;
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
        case 'b': case 'B': case '.': act.blank('black'); return done();
        case 'w': case 'W': case ',': act.blank('white'); return done();
        case 'l': case 'L': act.laser(); return done();
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

export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

export function Overview({ slides, current, t, onPick, onClose }: { slides: ClientSlide[]; current: number; t: Dict; onPick(i: number): void; onClose(): void }) {
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
              data-slide-kind={s.kind}
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

export function Timer({ t }: { t: Dict }) {
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
