'use client';
/**
 * Accuracy vs ε: FGSM against the trained digit CNN on 1,000 held-out digits (200 with ?quick=1,
 * for browser tests) at every ε of SWEEP_EPS, drawn as the run goes, beside Goodfellow et al.'s
 * numbers. The computation is demos/adversarial/fgsm.ts#accuracySweep.
 */
import { useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { TableWrap } from '@/components/charts/TableWrap';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { SWEEP_EPS, accuracySweep } from '@/demos/adversarial/fgsm';
import { batchAsFloats } from '@/demos/data/mnist';
import { yieldToBrowser } from '@/demos/runtime/loop';
import { useDigitCnn } from '../useDigitCnn';
import { SWEEP_PARAMS } from './params';
import { STRINGS } from './strings';

const FULL = 1000;
const QUICK = 200;

interface Run {
  done: number;
  total: number;
  accuracy: number[];
  randomAccuracy: number[];
  ms: number;
}

export default function FgsmSweep({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fgsmSweep;
  const n = api.quick ? QUICK : FULL;
  const [runState, setRunState] = useState<Run | null>(null);
  // the plain model, or the one trained with random-noise augmentation (does noise training help?)
  const params = useDemoParams(api, SWEEP_PARAMS);
  const choice = params.values.model;
  const modelName = choice === 'noise' ? 'digit-cnn-noise' : 'digit-cnn';
  const cnn = useDigitCnn(api, { run: (signal) => run(signal), reset: () => { setRunState(null); params.reset(); } }, undefined, modelName);

  async function run(signal: AbortSignal) {
    const m = cnn.current;
    if (!m) return;
    const { x, y } = batchAsFloats(m.test, 0, n);
    const t0 = performance.now();
    setRunState({ done: 0, total: n, accuracy: [], randomAccuracy: [], ms: 0 });
    api.setProgress(0);
    let first = 0;
    const { accuracy: acc, randomAccuracy } = await accuracySweep(m.logits, x, y, {
      batch: 50,
      seed: api.seed,
      signal,
      yieldFn: () => yieldToBrowser(signal),
      onProgress: (p) => {
        // the first batch's curve is the first result; the rest refines it
        if (!first) { first = Math.round(performance.now() - t0); api.setMetrics({ 'ms-first': first }); }
        api.setProgress(p.done / p.total);
        setRunState({ done: p.done, total: p.total, accuracy: p.accuracy, randomAccuracy: p.randomAccuracy, ms: performance.now() - t0 });
      },
    });
    setRunState({ done: n, total: n, accuracy: acc, randomAccuracy, ms: performance.now() - t0 });
    api.setMetrics({
      'acc-clean': +acc[0].toFixed(4),
      'acc-eps25': +acc[SWEEP_EPS.indexOf(0.25)].toFixed(4),
      'acc-random-eps25': +randomAccuracy[SWEEP_EPS.indexOf(0.25)].toFixed(4),
      'acc-eps10': +acc[SWEEP_EPS.indexOf(0.1)].toFixed(4),
      'acc-random-eps10': +randomAccuracy[SWEEP_EPS.indexOf(0.1)].toFixed(4),
      digits: n,
      ms: Math.round(performance.now() - t0),
      'ms-headline': Math.round(performance.now() - t0),
    });
  }

  const points = runState?.accuracy.map((a, i) => ({ x: SWEEP_EPS[i], y: a })) ?? [];
  const randomPoints = runState?.randomAccuracy.map((a, i) => ({ x: SWEEP_EPS[i], y: a })) ?? [];
  const i25 = SWEEP_EPS.indexOf(0.25);
  return (
    <div className="fgsm-sweep">
      <p className="hint">{fill(t.intro, { n })}</p>
      <Choice className="model-choice" radio name="fgsm-sweep-model" label={t.model} value={choice} choices={SWEEP_PARAMS.model.choices}
          format={(m) => (m === 'plain' ? t.modelPlain : t.modelNoise)}
        onChange={(m) => { setRunState(null); params.set('model', m); }} />
      <LineChart
        title={t.chartTitle}
        xLabel="ε"
        yLabel={t.accuracy}
        xDomain={[0, 0.5]}
        series={[
          { name: t.fgsmSeries, points, className: 'ours' },
          { name: t.randomSeries, points: randomPoints, className: 'control' },
        ]}
        refs={[
          { x: 0.25, y: 0.001, label: t.refSoftmax },
          { x: 0.25, y: 0.106, label: t.refMaxout },
        ]}
      />
      <TableWrap>
        <table className="sweep-table">
          <caption>{runState ? fill(t.progress, { done: runState.done, total: runState.total, s: (runState.ms / 1000).toFixed(1) }) : t.notRun}</caption>
          <thead>
            <tr><th scope="row">ε</th>{SWEEP_EPS.map((e) => <th key={e} scope="col">{e}</th>)}</tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t.fgsmSeries}</th>
              {SWEEP_EPS.map((e, i) => <td key={e}>{runState?.accuracy[i] != null ? `${(runState.accuracy[i] * 100).toFixed(1)}%` : '–'}</td>)}
            </tr>
            <tr>
              <th scope="row">{t.randomSeries}</th>
              {SWEEP_EPS.map((e, i) => <td key={e}>{runState?.randomAccuracy[i] != null ? `${(runState.randomAccuracy[i] * 100).toFixed(1)}%` : '–'}</td>)}
            </tr>
          </tbody>
        </table>
      </TableWrap>
      <p className="compare">
        {runState?.accuracy[i25] != null
          ? fill(t.compare, { ours: (runState.accuracy[i25] * 100).toFixed(1), err: ((1 - runState.accuracy[i25]) * 100).toFixed(1), rnd: (runState.randomAccuracy[i25] * 100).toFixed(1) })
          : t.paper}
      </p>
    </div>
  );
}
