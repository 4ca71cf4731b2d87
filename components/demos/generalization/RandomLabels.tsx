'use client';
/**
 * random-labels: the same MLP trained on true labels and on corrupted data (random labels, shuffled
 * pixels or noise images), interleaved epoch by epoch, with live train and test accuracy. The maths
 * is demos/generalization/random-labels.ts; this file wires the controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import type { MnistSet } from '@/demos/data/mnist';
import { mnistFromSite } from '@/demos/data/fetch';
import { RANDOMLABELS_DEFAULTS, RANDOMLABELS_QUICK, trainRandomLabels, uploadRandomLabelsData, type RandomLabelsPoint } from '@/demos/generalization/random-labels';
import { RANDOMLABELS_PARAMS } from './params';
import { STRINGS } from './strings';
import './generalization.css';

const pct = (v: number) => (v * 100).toFixed(1);

export default function RandomLabels({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].randomLabels;
  const params = useDemoParams(api, RANDOMLABELS_PARAMS);
  const { epochs, corruption, regulariser } = params.values;
  const sizes = api.quick ? RANDOMLABELS_QUICK : RANDOMLABELS_DEFAULTS;
  const digits = useRef<[MnistSet, MnistSet] | null>(null);
  const [curve, setCurve] = useState<RandomLabelsPoint[]>([]);
  const [fit, setFit] = useState<{ a: number | null; b: number | null } | null>(null);
  // time left in the run, from the measured time per epoch
  const [eta, setEta] = useState<number | null>(null);
  const inputs = useRef(params.values);
  inputs.current = params.values;

  // the digits are fetched once; tensors live only inside a run
  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then((d) => {
      if (!alive) return;
      digits.current = d;
      api.register({ run, reset: () => { setCurve([]); setFit(null); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => { alive = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function run(signal: AbortSignal) {
    if (!digits.current) return;
    const { epochs, corruption, regulariser } = inputs.current;
    setCurve([]); setFit(null);
    const t0 = performance.now();
    const data = uploadRandomLabelsData(digits.current[0], digits.current[1], sizes.trainDigits, sizes.testDigits, corruption, api.seed);
    const points: RandomLabelsPoint[] = [];
    let headline = 0;
    setEta(null);
    try {
      const r = await trainRandomLabels(data, { ...sizes, epochs, regulariser, seed: api.seed }, {
        signal,
        onProgress: (f) => api.setProgress(f),
        onPoint: (p) => {
          points.push(p);
          setCurve([...points]);
          const m: Record<string, number> = {
            'train-acc-random': +p.trainBad.toFixed(4), 'test-acc-random': +p.testBad.toFixed(4),
            'train-acc-true': +p.trainTrue.toFixed(4), 'test-acc-true': +p.testTrue.toFixed(4), epoch: p.epoch,
          };
          if (points.length === 1) m['ms-first'] = Math.round(performance.now() - t0);
          // the headline: the corrupted data memorised (train ≥ 95%) while its test accuracy stays
          // at chance; the remaining epochs only sharpen the curves
          if (!headline && p.trainBad >= 0.95) { headline = Math.round(performance.now() - t0); m['ms-headline'] = headline; }
          api.setMetrics(m);
          setEta(((performance.now() - t0) / p.epoch) * (epochs - p.epoch));
        },
      });
      setFit({ a: r.fitEpochTrue, b: r.fitEpochBad });
      api.setMetrics({ 'ms-headline': headline || Math.round(performance.now() - t0), 'fit-epoch-random': r.fitEpochBad ?? -1, 'fit-epoch-true': r.fitEpochTrue ?? -1 });
    } finally {
      data.dispose();
      setEta(null);
    }
  }

  const last = curve[curve.length - 1];
  const xs = (k: keyof RandomLabelsPoint) => curve.map((p) => ({ x: p.epoch, y: p[k] }));
  return (
    <div className="random-labels-demo">
      <div className="demo-controls">
        <Slider label={fill(t.epochs, { epochs })} value={epochs} control="epochs" onChange={(v) => params.set('epochs', v)}
          min={RANDOMLABELS_PARAMS.epochs.min} max={RANDOMLABELS_PARAMS.epochs.max} step={RANDOMLABELS_PARAMS.epochs.step} />
        <Choice label={t.corruption} value={corruption} choices={RANDOMLABELS_PARAMS.corruption.choices} control="corruption"
          format={(c) => t.corruptions[c]} onChange={(v) => params.set('corruption', v)} />
        <Choice label={t.regulariser} value={regulariser} choices={RANDOMLABELS_PARAMS.regulariser.choices} control="regulariser"
          format={(c) => t.regularisers[c]} onChange={(v) => params.set('regulariser', v)} />
      </div>
      <LineChart title={t.chartTrain} xLabel={t.xLabel} yLabel={t.yTrain} xDomain={[0, epochs]}
        series={[{ name: t.seriesTrue, points: xs('trainTrue') }, { name: t.seriesBad, points: xs('trainBad'), className: 'gen-bad' }]} />
      <LineChart title={t.chartTest} xLabel={t.xLabel} yLabel={t.yTest} xDomain={[0, epochs]}
        series={[{ name: t.seriesTrue, points: xs('testTrue') }, { name: t.seriesBad, points: xs('testBad'), className: 'gen-bad' }]} />
      <p className="hint" aria-live="polite">{last ? fill(t.result, { epoch: last.epoch, tt: pct(last.trainTrue), st: pct(last.testTrue), tb: pct(last.trainBad), sb: pct(last.testBad), n: sizes.trainDigits, m: sizes.testDigits }) : t.notRun}
        {eta !== null && eta > 0 ? ` ${fill(t.timeLeft, { s: Math.max(1, Math.round(eta / 1000)) })}` : ''}</p>
      {fit && <p className="gen-verdict">{fit.b !== null ? fill(t.fit, { a: fit.a ?? '—', b: fit.b }) : t.notFit}</p>}
    </div>
  );
}
