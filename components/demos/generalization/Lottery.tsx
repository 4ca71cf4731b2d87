'use client';
/**
 * lottery-ticket: LeNet-300-100 pruned by magnitude round by round; each round the winning ticket
 * (rewound to the original init), the same mask re-initialised, and a random mask are retrained
 * side by side. The maths is demos/generalization/lottery.ts; this file wires the controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { LOTTERY_DEFAULTS, LOTTERY_QUICK, runLottery, uploadLotteryData, type LotteryData, type LotteryPoint } from '@/demos/generalization/lottery';
import { LOTTERY_PARAMS } from './params';
import { STRINGS } from './strings';
import './generalization.css';

const pct = (v: number) => (v * 100).toFixed(1);

export default function Lottery({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].lottery;
  const params = useDemoParams(api, LOTTERY_PARAMS);
  const { rounds, epochs } = params.values;
  const sizes = api.quick ? LOTTERY_QUICK : LOTTERY_DEFAULTS;
  const data = useRef<LotteryData | null>(null);
  const [curve, setCurve] = useState<LotteryPoint[]>([]);
  const [running, setRunning] = useState(false);
  const inputs = useRef(params.values);
  inputs.current = params.values;

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = uploadLotteryData(train, test, sizes.trainDigits, sizes.testDigits);
      api.register({ run, reset: () => { setCurve([]); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => { alive = false; data.current?.dispose(); data.current = null; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const { rounds, epochs } = inputs.current;
    setCurve([]); setRunning(true);
    const t0 = performance.now();
    const points: LotteryPoint[] = [];
    try {
      await runLottery(data.current, { ...sizes, rounds, epochs, seed: api.seed }, {
        signal,
        onProgress: (f) => api.setProgress(f),
        onPoint: (p) => {
          points.push(p);
          setCurve([...points]);
          const m: Record<string, number> = { 'acc-winning': +p.winning.toFixed(4), 'acc-reinit': +p.reinit.toFixed(4), 'acc-random': +p.random.toFixed(4), 'weights-left': +p.weightsLeft.toFixed(4) };
          if (points.length === 1) m['ms-first'] = Math.round(performance.now() - t0);
          api.setMetrics(m);
        },
      });
      api.setMetrics({ 'ms-headline': Math.round(performance.now() - t0) });
    } finally {
      setRunning(false);
    }
  }

  const lx = (f: number) => Math.log10(f * 100);
  const minLeft = Math.min(0.05, ...curve.map((p) => p.weightsLeft));
  const ticks = [100, 50, 20, 10, 5, 2, 1].filter((v) => v / 100 >= minLeft * 0.99).map((v) => ({ value: Math.log10(v), label: `${v}%` }));
  const ser = (k: 'winning' | 'reinit' | 'random') => curve.map((p) => ({ x: lx(p.weightsLeft), y: p[k] }));
  const last = curve[curve.length - 1];
  return (
    <div className="lottery-demo">
      <div className="demo-controls">
        <Slider label={fill(t.rounds, { rounds })} value={rounds} control="rounds" onChange={(v) => params.set('rounds', v)}
          min={LOTTERY_PARAMS.rounds.min} max={LOTTERY_PARAMS.rounds.max} step={LOTTERY_PARAMS.rounds.step} />
        <Slider label={fill(t.epochs, { epochs })} value={epochs} control="epochs" onChange={(v) => params.set('epochs', v)}
          min={LOTTERY_PARAMS.epochs.min} max={LOTTERY_PARAMS.epochs.max} step={LOTTERY_PARAMS.epochs.step} />
      </div>
      {/* x runs from 100% on the left to the sparsest level on the right, as in the paper's figures */}
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[2, lx(minLeft)]} yDomain={[Math.min(0.5, ...curve.map((p) => Math.min(p.winning, p.reinit, p.random) - 0.05)), 1]} yFormat={(v) => `${Math.round(v * 100)}%`} xTicks={ticks}
        series={[
          { name: t.seriesWin, points: ser('winning') },
          { name: t.seriesReinit, points: ser('reinit'), className: 'gen-bad' },
          { name: t.seriesRandom, points: ser('random'), className: 'gen-muted gen-dash' },
        ]} />
      <p className="hint" aria-live="polite">{last ? fill(t.result, { left: pct(last.weightsLeft), win: pct(last.winning), re: pct(last.reinit), rnd: pct(last.random), full: pct(curve[0].winning) }) : t.notRun}</p>
      {running && last && <p className="hint">{t.running}</p>}
    </div>
  );
}
