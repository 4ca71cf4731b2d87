'use client';
/**
 * nas-controller (scaffolded): trains the demo's model live and draws test accuracy as it goes. The maths
 * is demos/automl/nas-controller.ts; this file wires the controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { NASCONTROLLER_DEFAULTS, NASCONTROLLER_QUICK, trainNasController, uploadNasControllerData, type NasControllerData, type NasControllerPoint } from '@/demos/automl/nas-controller';
import { NASCONTROLLER_PARAMS } from './params';
import { STRINGS } from './strings';

export default function NasController({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].nasController;
  const params = useDemoParams(api, NASCONTROLLER_PARAMS);
  const { steps, lr } = params.values;
  const sizes = api.quick ? NASCONTROLLER_QUICK : NASCONTROLLER_DEFAULTS;
  const data = useRef<NasControllerData | null>(null);
  const [curve, setCurve] = useState<NasControllerPoint[]>([]);
  const inputs = useRef({ steps, lr });
  inputs.current = { steps, lr };

  // the digits are uploaded once; the view is ready when they are, and frees them on unmount
  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = uploadNasControllerData(train, test, sizes.trainDigits, sizes.testDigits);
      api.register({ run, reset: () => { setCurve([]); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => {
      alive = false;
      data.current?.dispose();
      data.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const { steps, lr } = inputs.current;
    setCurve([]);
    const points: NasControllerPoint[] = [];
    const r = await trainNasController(data.current, { ...sizes, steps, lr, seed: api.seed }, {
      signal,
      onProgress: (f) => api.setProgress(f),
      onPoint: (p) => { points.push(p); setCurve([...points]); },
    });
    api.setMetrics({ accuracy: +r.accuracy.toFixed(4), steps });
  }

  const last = curve[curve.length - 1];
  return (
    <div className="nas-controller-demo">
      <div className="demo-controls">
        <Slider label={fill(t.steps, { steps })} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={NASCONTROLLER_PARAMS.steps.min} max={NASCONTROLLER_PARAMS.steps.max} step={NASCONTROLLER_PARAMS.steps.step} />
        <Choice label={t.lr} value={lr} choices={NASCONTROLLER_PARAMS.lr.choices} control="lr" onChange={(v) => params.set('lr', v)} />
      </div>
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, steps]}
        series={[{ name: t.series, points: curve.map((p) => ({ x: p.step, y: p.accuracy })) }]} />
      <p className="hint">{last ? fill(t.result, { steps: last.step, acc: (last.accuracy * 100).toFixed(1), n: sizes.testDigits }) : t.notRun}</p>
    </div>
  );
}
