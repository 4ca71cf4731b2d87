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
import { LENET, LOTTERY_DEFAULTS, LOTTERY_QUICK, PRUNE_RATES, runLottery, uploadLotteryData, type LotteryData, type LotteryPoint, type LotteryStage } from '@/demos/generalization/lottery';
import { LOTTERY_PARAMS } from './params';
import { STRINGS } from './strings';
import './generalization.css';

const pct = (v: number) => (v * 100).toFixed(1);
/** the fraction of weights left after r rounds (each layer keeps 1 − rate of its survivors a round) */
const SIZES = LENET.slice(1).map((n, l) => LENET[l] * n);
const leftAt = (r: number) => SIZES.reduce((s, n, l) => s + n * (1 - PRUNE_RATES[l]) ** r, 0) / SIZES.reduce((a, b) => a + b, 0);

export default function Lottery({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].lottery;
  const params = useDemoParams(api, LOTTERY_PARAMS);
  const { rounds, epochs } = params.values;
  const sizes = api.quick ? LOTTERY_QUICK : LOTTERY_DEFAULTS;
  const data = useRef<LotteryData | null>(null);
  const [curve, setCurve] = useState<LotteryPoint[]>([]);
  const [running, setRunning] = useState(false);
  // what is training now and the time left, from the measured time per training
  const [stage, setStage] = useState<{ next: LotteryStage | null; msLeft: number } | null>(null);
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
    const ms = () => Math.round(performance.now() - t0);
    const total = 3 * rounds - 2;
    setStage({ next: { round: 0, kind: 'winning', done: 0, total }, msLeft: NaN });
    let headline = false;
    try {
      await runLottery(data.current, { ...sizes, rounds, epochs, seed: api.seed }, {
        signal,
        onProgress: (f) => api.setProgress(f),
        onUpdate: (c, st) => {
          setCurve(c);
          // the trainings cost about the same: the time left is the mean so far times those to go
          const next: LotteryStage | null = st.done >= st.total ? null
            : st.done < rounds ? { round: st.done, kind: 'winning', done: st.done, total }
              : { round: rounds - 1 - Math.floor((st.done - rounds) / 2), kind: (st.done - rounds) % 2 === 0 ? 'reinit' : 'random', done: st.done, total };
          setStage({ next, msLeft: ((performance.now() - t0) / st.done) * (st.total - st.done) });
          const m: Record<string, number> = {};
          if (st.done === 1) m['ms-first'] = ms();
          // until the headline, the metrics follow the winning ticket down the pruning levels
          if (!headline && st.kind === 'winning') {
            const p = c[c.length - 1];
            Object.assign(m, { 'acc-winning': +p.winning.toFixed(4), 'weights-left': +p.weightsLeft.toFixed(4) });
            if (p.round === 0) Object.assign(m, { 'acc-reinit': +p.reinit.toFixed(4), 'acc-random': +p.random.toFixed(4) });
          }
          api.setMetrics(m);
        },
        onHeadline: (c) => {
          headline = true;
          const p = c[c.length - 1];
          api.setMetrics({ 'acc-winning': +p.winning.toFixed(4), 'acc-reinit': +p.reinit.toFixed(4), 'acc-random': +p.random.toFixed(4), 'weights-left': +p.weightsLeft.toFixed(4), 'ms-headline': ms() });
        },
      });
    } finally {
      setRunning(false);
      setStage(null);
    }
  }

  const lx = (f: number) => Math.log10(f * 100);
  const minLeft = Math.min(0.05, ...curve.map((p) => p.weightsLeft));
  const ticks = [100, 50, 20, 10, 5, 2, 1].filter((v) => v / 100 >= minLeft * 0.99).map((v) => ({ value: Math.log10(v), label: `${v}%` }));
  // the controls fill in from the sparse end: round 0 (the shared full network) joins their lines
  // only once they are complete, so no line bridges levels not trained yet
  const ser = (k: 'winning' | 'reinit' | 'random') => curve.filter((p) => Number.isFinite(p[k]) && (p.round > 0 || curve.every((q) => Number.isFinite(q[k]))))
    .map((p) => ({ x: lx(p.weightsLeft), y: p[k] }));
  const last = curve[curve.length - 1];
  // the sparsest level with all three accuracies: the comparison the demo exists for
  const head = [...curve].reverse().find((p) => Number.isFinite(p.reinit) && Number.isFinite(p.random) && p.round > 0) ?? (curve.length === 1 && !running ? curve[0] : undefined);
  const next = stage?.next;
  return (
    <div className="lottery-demo">
      <div className="demo-controls">
        <Slider label={fill(t.rounds, { rounds })} value={rounds} control="rounds" onChange={(v) => params.set('rounds', v)}
          min={LOTTERY_PARAMS.rounds.min} max={LOTTERY_PARAMS.rounds.max} step={LOTTERY_PARAMS.rounds.step} />
        <Slider label={fill(t.epochs, { epochs })} value={epochs} control="epochs" onChange={(v) => params.set('epochs', v)}
          min={LOTTERY_PARAMS.epochs.min} max={LOTTERY_PARAMS.epochs.max} step={LOTTERY_PARAMS.epochs.step} />
      </div>
      {/* x runs from 100% on the left to the sparsest level on the right, as in the paper's figures */}
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[2, lx(minLeft)]} yDomain={[Math.min(0.5, ...curve.map((p) => Math.min(...[p.winning, p.reinit, p.random].filter(Number.isFinite)) - 0.05)), 1]} yFormat={(v) => `${Math.round(v * 100)}%`} xTicks={ticks}
        series={[
          { name: t.seriesWin, points: ser('winning') },
          { name: t.seriesReinit, points: ser('reinit'), className: 'gen-bad' },
          { name: t.seriesRandom, points: ser('random'), className: 'gen-muted gen-dash' },
        ]} />
      <p className="hint" aria-live="polite">{head ? fill(t.result, { left: pct(head.weightsLeft), win: pct(head.winning), re: pct(head.reinit), rnd: pct(head.random), full: pct(curve[0].winning) })
        : last ? fill(t.partial, { left: pct(last.weightsLeft), win: pct(last.winning), full: pct(curve[0].winning) }) : t.notRun}</p>
      {running && next ? (
        <p className="hint">{fill(t.stage, { what: t.kinds[next.kind], round: next.round, left: pct(leftAt(next.round)), i: next.done + 1, n: next.total })}
          {Number.isFinite(stage!.msLeft) ? ` ${fill(t.timeLeft, { s: Math.max(1, Math.round(stage!.msLeft / 1000)) })}` : ''}</p>
      ) : null}
    </div>
  );
}
