'use client';
/**
 * Matching networks, live: a shared embedding f = g (MLP) is trained episode by episode on digits
 * 0–5 and judged on fixed, seeded test episodes of the unseen digits 6–9 (held-out images), against
 * 1-nearest-neighbour on raw pixels and on the pre-trained extractor's features (a CNN trained on
 * digits 0–4), on exactly the same episodes. Then one test episode at a time: the support digits
 * with the attention a(x̂, x_i) each receives, the query, ŷ and the prediction. Maths in
 * demos/fewshot/matching.ts (the paper's full-context embeddings are omitted there).
 * Full run: MATCHING_DEFAULTS (784→256→64, 1,000 steps of 4 sixteen-way episodes, ±2 px jitter),
 * 300 test episodes on all held-out 6–9 digits; the baselines and the untrained net first, the
 * headline (acc-matching) at half way, refined at the end, every point on all test episodes.
 * `?quick=1` (browser tests): QUICK below — 784→128→64, 60 steps, no jitter, 100 test episodes on
 * at most 100 digits per class.
 */
import { useEffect, useRef, useState } from 'react';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { LineChart } from '@/components/charts/LineChart';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { ProbBars } from '@/components/charts/ProbBars';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import type { MnistSet } from '@/demos/data/mnist';
import { loadExtractor, type Extractor } from '@/demos/fewshot/extractor';
import {
  MATCHING_DEFAULTS, TEST_EPISODES, createMatchingNet, explainEpisodes, featureNNAccuracy, makePool, matchingAccuracy,
  pixelNNAccuracy, pixels, sampleEpisodes, setupMatching, trainMatching, UNSEEN_CLASSES,
  type EpisodeExplanation, type MatchingConfig, type MatchingPoint, type Pool, type TestEpisodeSpec,
} from '@/demos/fewshot/matching';
import { yieldToBrowser } from '@/demos/runtime/loop';
import { fmtSeconds, secondsLeft } from './eta';
import { MATCHING_PARAMS } from './params';
import { STRINGS } from './strings';
import './fewshot.css';

const QUICK: Partial<MatchingConfig> = { sizes: [128, 64], steps: 60, jitter: 0 };
const QUICK_TEST: TestEpisodeSpec = { ...TEST_EPISODES, count: 100 };
const QUICK_PER_CLASS = 100;
const WAYS = Array.from({ length: MATCHING_PARAMS.way.max - MATCHING_PARAMS.way.min + 1 }, (_, i) => MATCHING_PARAMS.way.min + i);
/** test episodes kept for browsing after a run */
const SHOWN = 12;
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

interface Result { matching: number; pixel: number; feature: number | null; episodes: number; shown: EpisodeExplanation[] }

export default function Matching({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fsMatching;
  const params = useDemoParams(api, MATCHING_PARAMS);
  const { way, shot } = params.values;
  const [curve, setCurve] = useState<MatchingPoint[]>([]);
  const [refs, setRefs] = useState<{ pixel: number; feature: number | null } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [shownAt, setShownAt] = useState(0);
  const [testPool, setTestPool] = useState<Pool | null>(null);
  const [extractorProblem, setExtractorProblem] = useState(false);
  const [status, setStatus] = useState('');
  const data = useRef<{ train: MnistSet; test: MnistSet; extractor: Extractor | null } | null>(null);
  const inputs = useRef({ way, shot });
  inputs.current = { way, shot };
  const cfg = (): MatchingConfig => ({ ...MATCHING_DEFAULTS, ...(api.quick ? QUICK : {}), shot: inputs.current.shot, seed: api.seed });
  const spec = api.quick ? QUICK_TEST : TEST_EPISODES;
  const perClass = api.quick ? QUICK_PER_CLASS : Infinity;

  useEffect(() => {
    let alive = true;
    api.register({ run: (s) => run(s), reset: () => { setCurve([]); setRefs(null); setResult(null); setShownAt(0); setStatus(''); } });
    // the pre-trained extractor is optional: without it the feature row says so and the rest runs
    const ext = loadExtractor().then((e) => e, () => null);
    Promise.all([mnistFromSite('train'), mnistFromSite('test'), ext]).then(([tr, te, extractor]) => {
      if (!alive) { extractor?.dispose(); return; }
      data.current = { train: tr, test: te, extractor };
      setExtractorProblem(!extractor);
      setTestPool(makePool(te, UNSEEN_CLASSES, perClass));
      api.ready();
    }, (e) => { if (alive) api.fail(e); });
    return () => {
      alive = false;
      data.current?.extractor?.dispose();
      data.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    const d = data.current;
    if (!d) return;
    const { way: N } = inputs.current;
    const c = cfg();
    setCurve([]); setRefs(null); setResult(null); setShownAt(0);
    const t0 = performance.now();
    const ex = setupMatching(d.train, d.test, N, c.shot, spec, perClass);
    const net = createMatchingNet(c.sizes, c.scale, c.seed);
    try {
      // the references first: they do not depend on training, and the curve is read against them
      setStatus(t.statusRefs);
      const pixel = await pixelNNAccuracy(ex.testX, ex.episodes);
      const feature = d.extractor ? await featureNNAccuracy(ex.testX, ex.episodes, (x) => d.extractor!.features(x)) : null;
      setRefs({ pixel, feature });
      const start = await matchingAccuracy(net, ex.testX, ex.episodes);
      const pts: MatchingPoint[] = [{ step: 0, episodes: 0, accuracy: start, loss: NaN, trainAccuracy: NaN }];
      setCurve(pts);
      // the first result on show: both baselines and the untrained network on the same episodes
      api.setMetrics({
        'acc-pixel-nn': +pixel.toFixed(4), ...(feature !== null ? { 'acc-feature-nn': +feature.toFixed(4) } : {}),
        'ms-first': Math.round(performance.now() - t0),
      });
      await yieldToBrowser(signal);
      const trainStart = performance.now();
      let step = 0, headline = 0;
      const points = await trainMatching(net, ex, c, {
        signal, evalEvery: Math.max(1, Math.round(c.steps / 20)),
        onPoint: (p) => {
          pts.push(p);
          setCurve([...pts]);
          // the headline once half the episodes are done (scored, like every point, on all test
          // episodes): the comparison with both baselines is there; the second half refines it
          if (!headline && p.step >= c.steps / 2) {
            headline = performance.now() - t0;
            api.setMetrics({ 'acc-matching': +p.accuracy.toFixed(4), episodes: p.episodes, way: N, shot: c.shot, 'ms-headline': Math.round(headline) });
          }
        },
        onProgress: (f) => {
          api.setProgress(f);
          const s = Math.round(f * c.steps);
          // a status line per ~2% of the run, not per step
          if (s === c.steps || s - step >= Math.max(1, Math.round(c.steps / 50))) {
            step = s;
            setStatus(fill(t.statusTrain, { step: s, steps: c.steps, episodes: s * c.batch, left: fmtSeconds(secondsLeft(trainStart, f), api.lang) }));
          }
        },
        yieldEvery: () => yieldToBrowser(signal),
      });
      const last = points[points.length - 1];
      const episodes = last.episodes;
      // the final numbers: the fully trained network against both baselines, on the same episodes
      api.setMetrics({ 'acc-matching': +last.accuracy.toFixed(4), episodes, way: N, shot: c.shot, ...(headline ? {} : { 'ms-headline': Math.round(performance.now() - t0) }) });
      const shownEps = ex.episodes.slice(0, SHOWN);
      // a different class's query in each shown episode: the first query of class (i mod N)
      const shown = await explainEpisodes(net, ex.test, shownEps, (i) => (i % N) * ex.episodes[0].queries);
      setResult({ matching: last.accuracy, pixel, feature, episodes, shown });
      setStatus('');
    } finally {
      net.dispose();
      ex.dispose();
    }
  }

  // before a run: the same test episodes' digits, without attention yet
  const preview = testPool && !result ? sampleEpisodes(testPool, UNSEEN_CLASSES, way, shot, spec.queries, 1, spec.seed)[0] : null;
  const ex = result?.shown[shownAt % result.shown.length] ?? null;
  const episode = ex?.episode ?? preview;
  const queryAt = ex ? ex.queryAt : 0;
  const c = cfg();
  const xMax = c.steps * c.batch;
  const attentionSum = ex ? ex.attention.reduce((s, a) => s + a, 0) : 0;

  return (
    <div className="fs-matching">
      <div className="demo-controls">
        <Choice label={t.way} value={way} choices={WAYS} control="way" onChange={(n) => params.set('way', n)} />
        <Choice label={t.shot} value={shot} choices={MATCHING_PARAMS.shot.choices} control="shot" onChange={(k) => params.set('shot', k)} />
      </div>
      <LineChart
        title={fill(t.chart, { way, shot })} xLabel={t.xLabel} yLabel={t.yLabel}
        xDomain={[0, xMax]} yDomain={[0, 1]}
        series={[
          ...(refs ? [{ name: t.pixelRef, className: 'fed-s4', points: [{ x: 0, y: refs.pixel }, { x: xMax, y: refs.pixel }] }] : []),
          ...(refs?.feature != null ? [{ name: t.featureRef, className: 'fed-s3', points: [{ x: 0, y: refs.feature }, { x: xMax, y: refs.feature }] }] : []),
          { name: t.matching, className: 'fed-s0', points: curve.map((p) => ({ x: p.episodes, y: p.accuracy })) },
        ]}
      />
      <p className="demo-status" aria-live="polite">{status}</p>
      <table className="fed-table">
        <caption>{fill(t.tableCaption, { count: spec.count, way, shot, queries: spec.queries })}</caption>
        <thead><tr><th scope="col">{t.method}</th><th scope="col">{t.accuracy}</th></tr></thead>
        <tbody>
          <tr><th scope="row">{t.matching}</th><td data-row="matching">{result ? pct(result.matching) : curve.length ? pct(curve[curve.length - 1].accuracy) : '—'}</td></tr>
          <tr><th scope="row">{t.pixelNN}</th><td data-row="pixel-nn">{refs ? pct(refs.pixel) : '—'}</td></tr>
          <tr>
            <th scope="row">{t.featureNN}</th>
            <td data-row="feature-nn">{extractorProblem ? <span role="status">{t.noExtractor}</span> : refs?.feature != null ? pct(refs.feature) : '—'}</td>
          </tr>
        </tbody>
      </table>
      {result ? <p className="verdict">{fill(result.matching > result.pixel ? t.beat : t.notBeat, { m: pct(result.matching), p: pct(result.pixel), episodes: result.episodes })}</p> : null}

      <section className="fs-episode" data-episode={ex ? shownAt % result!.shown.length : 'preview'} aria-label={t.episodeTitle}>
        <h4>{ex ? fill(t.episodeTitle2, { i: (shownAt % result!.shown.length) + 1, of: result!.shown.length }) : t.previewTitle}</h4>
        {episode && testPool ? (
          <>
            <p className="hint">{t.supportHint}</p>
            <div className="class-grid" data-support-set="">
              {Array.from(episode.support).map((idx, i) => {
                const cls = Math.floor(i / episode.shot);
                const a = ex ? ex.attention[i] : null;
                return (
                  <figure key={i} data-support={i} data-label={cls}>
                    <ImageCanvas data={pixels(testPool, [idx])} size={56} label={fill(t.supportImage, { label: cls, digit: episode.classes[cls] })} />
                    <figcaption>{fill(t.supportCaption, { label: cls, digit: episode.classes[cls] })}</figcaption>
                    {a !== null ? (
                      <span className="prob-bars" data-attention={a.toFixed(6)} title={fill(t.attentionOf, { a: pct(a) })}>
                        <span className="prob-track" style={{ display: 'block', width: '100%' }}>
                          <span className="prob-fill" style={{ width: `${(a * 100).toFixed(1)}%` }} />
                        </span>
                        <span className="prob-val">{pct(a)}</span>
                      </span>
                    ) : null}
                  </figure>
                );
              })}
            </div>
            <div className="class-grid">
              <figure data-query="">
                <ImageCanvas data={pixels(testPool, [episode.query[queryAt]])} size={84} label={t.queryImage} />
                <figcaption>{fill(t.queryCaption, { digit: episode.classes[Math.floor(queryAt / episode.queries)] })}</figcaption>
              </figure>
            </div>
            {ex ? (
              <>
                <ProbBars label={t.yhat} items={Array.from(ex.yhat, (p, cls) => ({ cls, p }))} highlight={ex.predicted} />
                <p className="hint" data-prediction={ex.predicted} data-truth={ex.truth} data-attention-sum={attentionSum.toFixed(4)}>
                  {fill(ex.predicted === ex.truth ? t.right : t.wrong, { label: ex.predicted, digit: episode.classes[ex.predicted], truth: episode.classes[ex.truth] })}
                </p>
                <button type="button" data-action="next-episode" onClick={() => setShownAt((i) => i + 1)}>{t.next}</button>
              </>
            ) : <p className="hint">{t.runToSee}</p>}
          </>
        ) : null}
      </section>
      <p className="hint">{t.metaClassifier}</p>
      <p className="hint">{fill(t.method2, { sizes: ['784', ...c.sizes].join(' → ') })}{c.jitter > 0 ? ` ${fill(t.jitter, { px: c.jitter })}` : ''}</p>
    </div>
  );
}
