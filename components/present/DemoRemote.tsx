'use client';
/**
 * The presenter window's handle on a demo that runs in the audience window: run / stop / reset,
 * its state and progress as the audience window reports them, and its main parameter as a
 * slider. Nothing here loads TensorFlow.js.
 */
import { useEffect, useState } from 'react';
import { fill } from '@/content/fill';
import type { Dict } from '@/content/i18n';
import type { Bus, DemoSnapshot } from './bus';

export function DemoRemote({ id, title, t, bus }: { id: string; title: string; t: Dict; bus: Bus | null }) {
  const tp = t.present;
  const [snap, setSnap] = useState<DemoSnapshot | null>(null);
  const [value, setValue] = useState<number | null>(null);

  useEffect(() => {
    if (!bus) return;
    const off = bus.on((m) => {
      if (m.t === 'demo' && m.snap.id === id) setSnap(m.snap);
    });
    // 'ask', not 'hello': a hello also makes the audience window resend its slide, and that answer,
    // arriving after the presenter has paged on, would pull the presenter back to this slide
    bus.post({ t: 'ask', id });
    return off;
  }, [bus, id]);
  // no answer yet (the audience window opened later, or was reloaded): ask again now and then
  useEffect(() => {
    if (!bus || snap) return;
    const timer = setInterval(() => bus.post({ t: 'ask', id }), 2000);
    return () => clearInterval(timer);
  }, [bus, id, snap]);

  const param = snap?.param ?? null;
  useEffect(() => { if (param) setValue(param.value); }, [param]);

  const send = (action: 'run' | 'stop' | 'reset') => bus?.post({ t: 'cmd', id, action });
  const state = snap ? (snap.paused ? tp.paused : tp.stateNames[snap.state] ?? snap.state) : null;
  return (
    <section className="demo-remote" data-remote={id} data-remote-state={snap?.state ?? 'unknown'} aria-labelledby={`remote-${id}`}>
      <h3 id={`remote-${id}`} className="demo-title">{title}</h3>
      <p className="remote-hint">{tp.remote}</p>
      <div className="remote-controls">
        <button type="button" data-remote-action="run" onClick={() => send('run')} disabled={!snap || snap.state === 'running'}>{t.demo.run}</button>
        <button type="button" data-remote-action="stop" onClick={() => send('stop')} disabled={!snap || snap.state !== 'running'}>{t.demo.stop}</button>
        <button type="button" data-remote-action="reset" onClick={() => send('reset')} disabled={!snap}>{t.demo.reset}</button>
      </div>
      <p className="remote-state" role="status" aria-live="polite">
        {state ? fill(tp.remoteState, { state }) : tp.remoteWaiting}
        {snap?.progress != null ? ` · ${Math.round(snap.progress * 100)}%` : ''}
      </p>
      {snap?.progress != null ? <progress max={1} value={snap.progress} aria-label={title} /> : null}
      {param && value != null ? (
        <label className="remote-param">
          <span>{param.label}: <output>{value}</output></span>
          <input
            type="range" min={param.min} max={param.max} step={param.step} value={value}
            data-remote-param={param.name}
            onChange={(e) => {
              const v = Number(e.target.value);
              setValue(v);
              bus?.post({ t: 'param', id, value: v });
            }}
          />
        </label>
      ) : null}
    </section>
  );
}

/** A demo on a slide preview or a printed handout: its title and where to run it. */
export function DemoStill({ title, t }: { title: string; t: Dict }) {
  return (
    <div className="demo-still" role="note">
      <p className="demo-still-label">{t.present.demoSlide}</p>
      <p>{fill(t.present.still, { title })}</p>
    </div>
  );
}
