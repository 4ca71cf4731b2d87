/**
 * The view side of a flat-probe run (relative-position, shuffle-learn): the random probe first
 * (the first result), the pretext curve as it trains, then the headline (probe vs random at k).
 * One place for the callbacks, phase lines and metrics the two views would otherwise repeat.
 */
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import type { FlatData, ProbePoint, ProbeRunHooks, ProbeRunResult } from '@/demos/ssl/flat-probe';

export interface ProbeView<R> {
  setRandom(a: number): void;
  setCurve(p: ProbePoint[]): void;
  setResult(r: R): void;
  setPhase(s: string): void;
}
type PhaseStrings = { phaseRandom: string; phaseTrain: string; phaseFinal: string };

export async function probeRun<R extends ProbeRunResult>(
  api: DemoApi, t: PhaseStrings, data: FlatData, steps: number, k: number, signal: AbortSignal, view: ProbeView<R>,
  start: (hooks: ProbeRunHooks) => Promise<R>,
): Promise<void> {
  const t0 = performance.now();
  const points: ProbePoint[] = [];
  view.setPhase(t.phaseRandom);
  try {
    const r = await start({
      signal,
      onProgress: (f) => api.setProgress(f),
      onRandom: (a) => {
        view.setRandom(a);
        api.setMetrics({ 'acc-random': +a.toFixed(4), 'ms-first': Math.round(performance.now() - t0) });
        view.setPhase(fill(t.phaseTrain, { step: 0 }));
      },
      onPoint: (p) => {
        points.push(p);
        view.setCurve([...points]);
        view.setPhase(p.step < steps ? fill(t.phaseTrain, { step: p.step }) : fill(t.phaseFinal, { n: data.testX.shape[0] }));
        api.setMetrics({ 'pretext-acc': +p.pretext.toFixed(4) });
      },
    });
    view.setResult(r);
    api.setMetrics({
      'pretext-acc': +r.pretext.toFixed(4),
      'acc-probe': +r.probe.toFixed(4),
      'acc-random': +r.random.toFixed(4),
      gap: +(r.probe - r.random).toFixed(4),
      k,
      'ms-headline': Math.round(performance.now() - t0),
    });
  } finally {
    view.setPhase('');
  }
}
