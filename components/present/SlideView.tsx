'use client';
/** One slide as the deck, the presenter window and the handouts draw it; its type fits the frame. */
import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { fill } from '@/content/fill';
import type { Dict } from '@/content/i18n';
import { SlideContext, type PresentRole } from './context';
import type { SlideKind } from './slides';

export interface ClientSlide {
  kind: SlideKind;
  title: string;
  kicker?: string;
  cont?: boolean;
  body: ReactNode;
  notes: ReactNode;
  hasNotes: boolean;
  /** slide mode: the section's reading prose, the speaker's script */
  script: ReactNode;
  hasScript: boolean;
  demos: string[];
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

export function Slide({ slide, index, total, active, t, fit, role, lectureTitle, part, course, script = false }: {
  slide: ClientSlide; index: number; total: number; active: boolean; t: Dict; fit: boolean; role: PresentRole;
  lectureTitle: string; part: string; course: string;
  /** handouts with `?script=1`: the speaker's script printed beneath the slide */
  script?: boolean;
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
        data-slide-kind={slide.kind}
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
      {script && slide.hasScript ? <div className="slide-script prose">{slide.script}</div> : null}
    </SlideContext.Provider>
  );
}

