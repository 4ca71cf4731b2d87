'use client';
/**
 * PGD against the ordinarily trained digit CNN and the adversarially trained model (Madry et al.
 * 2018), clean and robust accuracy vs ε, the two models interleaved: ε = 0 first (clean), then the
 * headline ε = 0.3, then the rest. The computation is demos/adversarial/pgd.ts#robustAccuracy.
 */
import { useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { TableWrap } from '@/components/charts/TableWrap';
import { Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { PGD_EPS, PGD_EVAL_ORDER, PGD_HEADLINE_EPS, robustAccuracy } from '@/demos/adversarial/pgd';
import { PGD_TRAIN } from '@/demos/adversarial/pgd-model';
import { batchAsFloats } from '@/demos/data/mnist';
import { yieldToBrowser } from '@/demos/runtime/loop';
import { useDigitCnn } from '../useDigitCnn';
import { useExtraModel } from './pgd-load';
import { PGD_PARAMS } from './pgd-params';
import { PGD_STRINGS } from './pgd-strings';

const FULL = 200;
// ?quick=1: the contract checks the mechanism (7 ε × 2 models × k steps), not the effect
const QUICK = 25;
type Acc = Record<'std' | 'adv', (number | undefined)[]>;
interface State { acc: Acc; done: number; total: number; ms: number; k: number }
const EMPTY: State = { acc: { std: [], adv: [] }, done: 0, total: 0, ms: 0, k: 0 };
const pct = (v: number | undefined) => (v == null ? '–' : `${(v * 100).toFixed(1)}%`);

export default function PgdAttack({ api }: { api: DemoApi }) {
  const t = PGD_STRINGS[api.lang];
  const n = api.quick ? QUICK : FULL;
  const [s, setS] = useState<State>(EMPTY);
  const params = useDemoParams(api, PGD_PARAMS);
  const steps = params.values.steps;
  const stepsRef = useRef(steps);
  stepsRef.current = steps;
  const robust = useExtraModel(api, 'digit-cnn-pgd');
  const cnn = useDigitCnn(api, { run: (signal) => run(signal), reset: () => { setS(EMPTY); params.reset(); } });

  async function run(signal: AbortSignal) {
    const m = cnn.current;
    const adv = await robust.current;
    if (!m || !adv) return;
    const k = stepsRef.current;
    const { x, y } = batchAsFloats(m.test, 0, n);
    const t0 = performance.now();
    const acc: Acc = { std: [], adv: [] };
    const total = PGD_EVAL_ORDER.length * 2;
    let done = 0;
    setS({ ...EMPTY, total, k });
    api.setProgress(0);
    for (const eps of PGD_EVAL_ORDER) {
      const i = PGD_EPS.indexOf(eps);
      // the two models side by side at each ε, so both curves grow together
      for (const [name, logits] of [['std', m.logits], ['adv', adv]] as const) {
        const [a] = await robustAccuracy(logits, x, y, [eps], { steps: k, batch: 100, seed: api.seed, signal, yieldFn: () => yieldToBrowser(signal) });
        acc[name][i] = a;
        done++;
        const ms = performance.now() - t0;
        setS({ acc: { std: [...acc.std], adv: [...acc.adv] }, done, total, ms, k });
        api.setProgress(done / total);
        if (done === 1) api.setMetrics({ 'ms-first': Math.round(ms) });
      }
      if (eps === 0) api.setMetrics({ 'clean-acc-std': +acc.std[i]!.toFixed(4), 'clean-acc-adv': +acc.adv[i]!.toFixed(4) });
      if (eps === PGD_HEADLINE_EPS) {
        api.setMetrics({ 'robust-acc-std': +acc.std[i]!.toFixed(4), 'robust-acc-adv': +acc.adv[i]!.toFixed(4), 'ms-headline': Math.round(performance.now() - t0) });
      }
    }
    api.setMetrics({ digits: n, steps: k, ms: Math.round(performance.now() - t0) });
  }

  const points = (name: 'std' | 'adv') => PGD_EPS.flatMap((e, i) => (s.acc[name][i] == null ? [] : [{ x: e, y: s.acc[name][i]! }]));
  const ih = PGD_EPS.indexOf(PGD_HEADLINE_EPS);
  const i0 = PGD_EPS.indexOf(0);
  const headlineReady = s.acc.std[ih] != null && s.acc.adv[ih] != null && s.acc.std[i0] != null;
  return (
    <div className="pgd-demo">
      <p className="hint">{fill(t.intro, { n })}</p>
      <Slider label={fill(t.steps, { k: steps })} value={steps} min={1} max={40} step={1} control="steps"
        onChange={(v) => params.set('steps', v)} />
      <LineChart
        title={t.chartTitle}
        xLabel="ε"
        yLabel={t.accuracy}
        xDomain={[0, 0.3]}
        series={[
          { name: t.adv, points: points('adv'), className: 'ours' },
          { name: t.std, points: points('std'), className: 'cls1' },
        ]}
        refs={[{ x: 0.3, y: 0.932, label: 'Madry 2018: 93.2%' }]}
      />
      <TableWrap>
        <table className="pgd-table">
          <caption>{s.total > 0 ? fill(t.progress, { done: s.done, total: s.total, s: (s.ms / 1000).toFixed(1), still: s.done < s.total ? t.still : '' }) : t.notRun}</caption>
          <thead>
            <tr><th scope="row">ε</th>{PGD_EPS.map((e) => <th key={e} scope="col">{e}</th>)}</tr>
          </thead>
          <tbody>
            <tr><th scope="row">{t.std}</th>{PGD_EPS.map((e, i) => <td key={e}>{pct(s.acc.std[i])}</td>)}</tr>
            <tr><th scope="row">{t.adv}</th>{PGD_EPS.map((e, i) => <td key={e}>{pct(s.acc.adv[i])}</td>)}</tr>
          </tbody>
        </table>
      </TableWrap>
      <p className="compare">
        {headlineReady
          ? fill(t.headline, { k: s.k, std: (s.acc.std[ih]! * 100).toFixed(1), adv: (s.acc.adv[ih]! * 100).toFixed(1), cstd: (s.acc.std[i0]! * 100).toFixed(1), cadv: (s.acc.adv[i0]! * 100).toFixed(1) }) + ' '
          : ''}
        {t.paper}
      </p>
      <p className="hint">{fill(t.trainNote, { k: PGD_TRAIN.steps })}</p>
    </div>
  );
}
