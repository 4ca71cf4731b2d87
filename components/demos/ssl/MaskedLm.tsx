'use client';
/**
 * masked-lm: BERT's masked-token task on characters, trained in the browser on a public-domain
 * corpus (public/data/ssl-corpus), scored on held-out lines against a unigram baseline; then the
 * student types a sentence with [MASK]. The maths is demos/ssl/masked-lm.ts and corpus.ts.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { fetchBytes } from '@/demos/data/fetch';
import { CORPUS_FILES, parseMasked, type CorpusName } from '@/demos/ssl/corpus';
import { createMlm, fillMasks, MLM_DEFAULTS, MLM_QUICK, prepareCorpus, scoreMlm, trainMlm, type MlmData, type MlmModel, type MlmPoint } from '@/demos/ssl/masked-lm';
import { MLM_PARAMS } from './params';
import { STRINGS } from './strings';

const pct = (v: number) => (v * 100).toFixed(1);

export default function MaskedLm({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].mlm;
  const params = useDemoParams(api, MLM_PARAMS);
  const { corpus, steps } = params.values;
  const sizes = api.quick ? MLM_QUICK : MLM_DEFAULTS;
  const texts = useRef<Partial<Record<CorpusName, MlmData>>>({});
  const model = useRef<{ m: MlmModel; d: MlmData } | null>(null);
  const [curve, setCurve] = useState<MlmPoint[]>([]);
  const [final, setFinal] = useState<{ top1: number; top5: number; unigram: number; n: number; ch: string } | null>(null);
  const [sentence, setSentence] = useState(corpus === 'zh' ? t.exampleZh : t.exampleEn);
  const [answer, setAnswer] = useState<{ error?: string; unknown?: string; guesses?: { ch: string; p: number }[][] } | null>(null);
  const inputs = useRef({ corpus, steps });
  inputs.current = { corpus, steps };

  const dropModel = () => { model.current?.m.dispose(); model.current = null; };
  const clear = () => { setCurve([]); setFinal(null); setAnswer(null); };

  const load = async (name: CorpusName) => {
    if (texts.current[name]) return texts.current[name]!;
    const d = prepareCorpus(new TextDecoder().decode(await fetchBytes(CORPUS_FILES[name])), name);
    texts.current[name] = d;
    return d;
  };

  useEffect(() => {
    let alive = true;
    load(corpus).then(() => {
      if (!alive) return;
      api.register({ run, reset: () => { dropModel(); clear(); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => { alive = false; dropModel(); };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  // a new corpus: the old model's vocabulary no longer fits, and the example changes language
  useEffect(() => { setSentence(corpus === 'zh' ? t.exampleZh : t.exampleEn); setAnswer(null); }, [corpus, t]);

  async function run(signal: AbortSignal) {
    const { corpus, steps } = inputs.current;
    const t0 = performance.now();
    clear();
    dropModel();
    const d = await load(corpus);
    const m = createMlm(d.vocab.chars.length, { ...sizes, seed: api.seed });
    const points: MlmPoint[] = [];
    let first = true;
    try {
      await trainMlm(m, d, { ...sizes, steps, seed: api.seed }, {
        signal,
        onProgress: (f) => api.setProgress(0.95 * f),
        onPoint: (p) => {
          points.push(p);
          setCurve([...points]);
          api.setMetrics({ 'acc-top1': +p.top1.toFixed(4), 'acc-unigram': +p.unigram.toFixed(4), ...(first ? { 'ms-first': Math.round(performance.now() - t0) } : {}) });
          first = false;
        },
      });
      const s = await scoreMlm(m, d, d.testPos);
      model.current = { m, d };
      setFinal({ ...s, n: d.testPos.length, ch: d.vocab.chars[d.unigram] });
      api.setMetrics({ 'acc-top1': +s.top1.toFixed(4), 'acc-top5': +s.top5.toFixed(4), 'acc-unigram': +s.unigram.toFixed(4), 'ms-headline': Math.round(performance.now() - t0) });
      api.setProgress(1);
    } catch (e) {
      m.dispose();
      throw e;
    }
  }

  async function guess() {
    const cur = model.current;
    if (!cur || cur.d.name !== corpus) { setAnswer({ error: t.needTrain }); return; }
    const p = parseMasked(sentence, cur.d.vocab, cur.d.name);
    if ('error' in p) { setAnswer({ error: t.errors[p.error] }); return; }
    const guesses = await fillMasks(cur.m, cur.d.vocab, p.ids, p.masks);
    setAnswer({ guesses, unknown: p.unknown.length ? fill(t.unknown, { chars: p.unknown.join(' ') }) : undefined });
  }

  return (
    <div className="ssl-mlm-demo">
      <div className="demo-controls">
        <Choice label={t.corpus} value={corpus} choices={MLM_PARAMS.corpus.choices} control="corpus" format={(v) => t.corpora[v]} onChange={(v) => params.set('corpus', v)} />
        <Slider label={fill(t.steps, { steps })} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={MLM_PARAMS.steps.min} max={MLM_PARAMS.steps.max} step={MLM_PARAMS.steps.step} />
      </div>
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, steps]} yDomain={[0, 1]}
        series={[
          { name: t.sModel, points: curve.map((p) => ({ x: p.step, y: p.top1 })) },
          { name: t.sUni, points: curve.map((p) => ({ x: p.step, y: p.unigram })) },
        ]} />
      <p className="hint" aria-live="polite">
        {final ? fill(t.result, { n: final.n, top1: pct(final.top1), top5: pct(final.top5), uni: pct(final.unigram), ch: final.ch }) : t.notRun}
      </p>
      <form className="demo-controls" onSubmit={(e) => { e.preventDefault(); void guess(); }}>
        <label>
          <span>{t.input}</span>
          <input type="text" data-control="sentence" value={sentence} maxLength={400} onChange={(e) => setSentence(e.target.value)} />
        </label>
        <button type="submit" data-control="fill">{t.fill}</button>
      </form>
      {answer?.error && <p className="hint" role="alert">{answer.error}</p>}
      {answer?.unknown && <p className="hint">{answer.unknown}</p>}
      {answer?.guesses?.map((g, i) => (
        <p key={i} className="hint" data-guesses={i}>
          {fill(t.guesses, { i: i + 1 })}
          {g.map((c) => `“${c.ch}” ${pct(c.p)}%`).join(', ')}
        </p>
      ))}
    </div>
  );
}
