'use client';
/**
 * The generator defence (Defense-GAN): every input is replaced by its projection G(z*) onto the
 * range of a VAE decoder, z* found live by gradient descent from R random starts; against PGD on
 * the bare CNN (unaware) and BPDA (adaptive), on a fixed set of held-out digits, with the
 * projection's cost. The computation is demos/adversarial/genDefence.ts#evaluateGenDefence.
 */
import { useState } from 'react';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { DIGIT_GEN } from '@/demos/adversarial/defenceModels';
import { GEN_ATTACK_STEPS, GEN_ROWS, evaluateGenDefence, type GenProgress } from '@/demos/adversarial/genDefence';
import { batchAsFloats } from '@/demos/data/mnist';
import { yieldToBrowser } from '@/demos/runtime/loop';
import { GEN_DEFENCE_PARAMS } from './defenceParams';
import { AccuracyTable, ExampleStrip } from './defenceParts';
import { DEFENCE_STRINGS } from './defenceStrings';
import { useDefenceModels } from './defenceHook';

const pct = (v: number) => (v * 100).toFixed(1);

export default function GenDefence({ api }: { api: DemoApi }) {
  const s = DEFENCE_STRINGS[api.lang];
  const t = s.gen;
  const params = useDemoParams(api, GEN_DEFENCE_PARAMS);
  const { eps, digits, restarts, steps } = params.values;
  const [state, setState] = useState<(GenProgress & { ms: number; finished: boolean; R: number; L: number }) | null>(null);
  const models = useDefenceModels(api, { run: (signal) => run(signal), reset: () => { setState(null); params.reset(); } }, 'digit-gen');

  async function run(signal: AbortSignal) {
    const m = models.current;
    if (!m) return;
    const { x, y } = batchAsFloats(m.test, 0, digits);
    const [R, L] = [restarts, steps];
    const t0 = performance.now();
    let first = 0;
    setState(null);
    api.setProgress(0);
    const res = await evaluateGenDefence(m.logits, m.purifier, x, y, {
      eps, latent: DIGIT_GEN.latent, project: { restarts: R, steps: L }, seed: api.seed, signal, batch: 10,
      yieldFn: () => yieldToBrowser(signal),
      onProgress: (p) => {
        if (!first) first = performance.now() - t0;
        api.setProgress(p.done / p.total);
        setState({ ...p, ms: performance.now() - t0, finished: false, R, L });
      },
    });
    const ms = performance.now() - t0;
    setState({ done: digits, total: digits, acc: res.acc, example: res.example, msPerImage: res.msPerImage, ms, finished: true, R, L });
    api.setMetrics({
      'acc-unaware': +res.acc.unaware.toFixed(4),
      'acc-adaptive': +res.acc.adaptive.toFixed(4),
      'acc-clean': +res.acc.clean.toFixed(4),
      'acc-clean-gen': +res.acc.cleanGen.toFixed(4),
      'acc-pgd-nodefence': +res.acc.pgd.toFixed(4),
      'ms-projection': +res.msPerImage.toFixed(1),
      digits,
      'ms-first': Math.round(first),
      'ms-headline': Math.round(ms),
    });
  }

  const acc = state?.acc ?? null;
  const reset = () => setState(null);
  return (
    <div className="gen-defence">
      <p className="hint">{fill(t.intro, { n: digits, R: restarts, L: steps, K: GEN_ATTACK_STEPS })}</p>
      <div className="demo-controls">
        <Slider className="eps" control="eps" label={fill(s.common.eps, { eps: eps.toFixed(2) })} value={eps} min={0.05} max={0.3} step={0.05}
          onChange={(v) => { reset(); params.set('eps', v); }} />
        <Slider control="restarts" label={`${t.restarts} = ${restarts}`} value={restarts} min={1} max={10} step={1}
          onChange={(v) => { reset(); params.set('restarts', v); }} />
        <Slider control="steps" label={`${t.steps} = ${steps}`} value={steps} min={5} max={200} step={5}
          onChange={(v) => { reset(); params.set('steps', v); }} />
        <Choice label={s.common.digits} control="digits" value={digits} choices={GEN_DEFENCE_PARAMS.digits.choices}
          onChange={(v) => { reset(); params.set('digits', v); }} />
      </div>
      <AccuracyTable t={s.common} rows={GEN_ROWS} names={t.rows} acc={acc} headline={['unaware', 'adaptive']}
        caption={state ? fill(s.common.progress, { done: state.done, total: state.total, s: (state.ms / 1000).toFixed(1) }) + (state.finished ? '' : ` — ${s.common.running}`) : s.common.notRun} />
      {state ? <p className="cost">{fill(t.cost, { ms: state.msPerImage.toFixed(1), R: state.R, L: state.L })}</p> : null}
      <p className="defence-sub"><strong>{t.imagesTitle}</strong></p>
      <ExampleStrip t={s.common} labels={t.images} example={state?.example ?? null} truth={models.current ? models.current.test.labels[0] : null} title={t.imagesTitle} />
      {state?.finished && acc ? (
        <p className="verdict">{fill(t.verdict, { pgd: pct(acc.pgd), unaware: pct(acc.unaware), adaptive: pct(acc.adaptive), cleanGen: pct(acc.cleanGen), clean: pct(acc.clean) })}</p>
      ) : null}
    </div>
  );
}
