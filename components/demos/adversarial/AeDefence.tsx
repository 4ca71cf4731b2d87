'use client';
/**
 * The autoencoder defence (MagNet's reformer): a denoising autoencoder in front of the digit CNN,
 * against PGD that ignores it (unaware) and PGD through it (adaptive), on a fixed set of held-out
 * digits. The computation is demos/adversarial/aeDefence.ts#evaluateAeDefence.
 */
import { useState } from 'react';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { AE_ROWS, AE_STEPS, evaluateAeDefence, type AeProgress } from '@/demos/adversarial/aeDefence';
import { batchAsFloats } from '@/demos/data/mnist';
import { yieldToBrowser } from '@/demos/runtime/loop';
import { AE_DEFENCE_PARAMS } from './defenceParams';
import { AccuracyTable, ExampleStrip } from './defenceParts';
import { DEFENCE_STRINGS } from './defenceStrings';
import { useDefenceModels } from './defenceHook';

const pct = (v: number) => (v * 100).toFixed(1);

export default function AeDefence({ api }: { api: DemoApi }) {
  const s = DEFENCE_STRINGS[api.lang];
  const t = s.ae;
  const params = useDemoParams(api, AE_DEFENCE_PARAMS);
  const { eps, digits } = params.values;
  const [state, setState] = useState<(AeProgress & { ms: number; finished: boolean }) | null>(null);
  const models = useDefenceModels(api, { run: (signal) => run(signal), reset: () => { setState(null); params.reset(); } }, 'digit-ae');

  async function run(signal: AbortSignal) {
    const m = models.current;
    if (!m) return;
    const { x, y } = batchAsFloats(m.test, 0, digits);
    const t0 = performance.now();
    let first = 0;
    setState(null);
    api.setProgress(0);
    const res = await evaluateAeDefence(m.logits, m.purifier, x, y, {
      eps, signal, batch: 20,
      yieldFn: () => yieldToBrowser(signal),
      onProgress: (p) => {
        if (!first) first = performance.now() - t0;
        api.setProgress(p.done / p.total);
        setState({ ...p, ms: performance.now() - t0, finished: false });
      },
    });
    const ms = performance.now() - t0;
    setState({ done: digits, total: digits, acc: res.acc, example: res.example, ms, finished: true });
    api.setMetrics({
      'acc-unaware': +res.acc.unaware.toFixed(4),
      'acc-adaptive': +res.acc.adaptive.toFixed(4),
      'acc-clean': +res.acc.clean.toFixed(4),
      'acc-clean-ae': +res.acc.cleanAe.toFixed(4),
      'acc-pgd-nodefence': +res.acc.pgd.toFixed(4),
      digits,
      'ms-first': Math.round(first),
      'ms-headline': Math.round(ms),
    });
  }

  const acc = state?.acc ?? null;
  return (
    <div className="ae-defence">
      <p className="hint">{fill(t.intro, { n: digits, steps: AE_STEPS })}</p>
      <div className="demo-controls">
        <Slider className="eps" control="eps" label={fill(s.common.eps, { eps: eps.toFixed(2) })} value={eps} min={0.05} max={0.3} step={0.05}
          onChange={(v) => { setState(null); params.set('eps', v); }} />
        <Choice label={s.common.digits} control="digits" value={digits} choices={AE_DEFENCE_PARAMS.digits.choices}
          onChange={(v) => { setState(null); params.set('digits', v); }} />
      </div>
      <AccuracyTable t={s.common} rows={AE_ROWS} names={t.rows} acc={acc} headline={['unaware', 'adaptive']}
        caption={state ? fill(s.common.progress, { done: state.done, total: state.total, s: (state.ms / 1000).toFixed(1) }) + (state.finished ? '' : ` — ${s.common.running}`) : s.common.notRun} />
      <p className="defence-sub"><strong>{t.imagesTitle}</strong></p>
      <ExampleStrip t={s.common} labels={t.images} example={state?.example ?? null} truth={models.current ? models.current.test.labels[0] : null} title={t.imagesTitle} />
      {state?.finished && acc ? (
        <p className="verdict">{fill(t.verdict, { pgd: pct(acc.pgd), unaware: pct(acc.unaware), adaptive: pct(acc.adaptive), cleanAe: pct(acc.cleanAe), clean: pct(acc.clean) })}</p>
      ) : null}
    </div>
  );
}
