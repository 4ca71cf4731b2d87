'use client';
/**
 * MC-dropout classification of MNIST digits (public/models/mnist-mc, dropout kept on for T = 50
 * passes). Top: one digit, or a drawing, rotated by a slider — the plain pass's softmax beside
 * the MC mean and its spread, and the whole 0–180° sweep as a chart (Gal & Ghahramani's
 * rotating-digit figure). Run: predictive entropy on held-out digits vs out-of-distribution
 * inputs, and accuracy when the most uncertain digits are referred to a human.
 * The maths is in demos/bayes/classify.ts; this file wires controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { LineChart } from '@/components/charts/LineChart';
import { Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { ANGLES, classifyMetrics, classifyRun, countFor, histogram, MC_T, mean, rotationView, type ClassifyRun, type RotationView } from '@/demos/bayes/classify';
import { mlpOf, type Mlp } from '@/demos/bayes/mc';
import { imageAsFloats } from '@/demos/data/mnist';
import { MC_MLP } from '@/demos/models/mc-mlp';
import { mulberry32 } from '@/demos/runtime/rng';
import { DigitInput, type DigitSource } from '../DigitInput';
import { useDigitCnn } from '../useDigitCnn';
import { CLASSIFY_PARAMS } from './params';
import { STRINGS } from './strings';
import { STRINGS as SHARED } from '../strings';
import './bayes.css';

const BINS = 20;
const H_MAX = Math.log(10);

export default function McClassify({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].mcClassify;
  const d = SHARED[api.lang].digits;
  const n = countFor(api.quick);
  const params = useDemoParams(api, CLASSIFY_PARAMS);
  const { digit: index, angle } = params.values;
  const [source, setSource] = useState<DigitSource>('test');
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const [one, setOne] = useState<RotationView | null>(null);
  const [result, setResult] = useState<ClassifyRun | null>(null);
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState(false);
  const [running, setRunning] = useState(false);
  const net = useRef<Mlp | null>(null);
  const rand = useRef(mulberry32(api.seed));
  const cnn = useDigitCnn(api, { run: (s) => run(s), reset: () => reset() }, () => {
    net.current = mlpOf(cnn.current!.model);
    setReady(true);
  }, 'mnist-mc');

  // the rotating digit follows the controls at once (T passes × 20 images: one call)
  useEffect(() => {
    const m = cnn.current;
    if (!ready || !net.current || !m) return;
    if (source === 'drawing' && !drawn) { setMessage(d.drawFirst); setOne(null); return; }
    setMessage('');
    let live = true;
    const image = source === 'drawing' ? drawn! : imageAsFloats(m.test, index);
    const h = setTimeout(() => {
      rotationView(net.current!, image, angle, api.seed, MC_MLP.rate).then((o) => { if (live) setOne(o); }, (e) => { if (live) api.fail(e); });
    }, 60);
    return () => { live = false; clearTimeout(h); };
  }, [api, ready, source, index, angle, drawn, d, cnn]);

  async function run(signal: AbortSignal) {
    const m = cnn.current, mlp = net.current;
    if (!m || !mlp) return;
    setResult(null);
    setRunning(true);
    const t0 = performance.now();
    let first = 0;
    try {
      // both histograms grow slice by slice (held-out and OOD alternate); the full counts are the headline
      const res = await classifyRun(mlp, m.test, {
        count: n, rate: MC_MLP.rate, seed: api.seed, signal, onProgress: (f) => api.setProgress(f),
        onPartial: (r) => {
          setResult(r);
          if (!first) { first = Math.round(performance.now() - t0); api.setMetrics({ 'ms-first': first }); }
        },
      });
      setResult(res);
      const ms = Math.round(performance.now() - t0);
      api.setMetrics({ ...classifyMetrics(res), 'ms-first': first || ms, 'ms-headline': ms });
    } finally {
      setRunning(false);
    }
  }

  function reset() {
    setResult(null);
    setSource('test');
    params.reset();
    setDrawn(null);
  }

  // the three classes that matter most across the sweep
  const topClasses = one ? Array.from({ length: 10 }, (_, c) => c).sort((a, b) => Math.max(...one.sweepMc.map((p) => p[b])) - Math.max(...one.sweepMc.map((p) => p[a]))).slice(0, 3) : [];
  const hTest = result ? histogram(result.test.entropy, BINS, H_MAX) : null;
  const hOod = result ? histogram(result.ood.entropy, BINS, H_MAX) : null;
  const hMax = hTest && hOod ? Math.max(...hTest, ...hOod) : 1;

  return (
    <div className="mc-classify">
      <div className="demo-controls">
        <DigitInput t={d} name="mc-source" source={source} index={index} onSource={setSource} onIndex={(i) => params.set('digit', i)}
          onDrawn={(img) => { setDrawn(img); setMessage(img ? '' : d.drawFirst); }} rand={rand.current} />
        <Slider label={fill(t.angle, { a: angle })} value={angle} control="angle" valueText={`${angle}°`}
          min={CLASSIFY_PARAMS.angle.min} max={CLASSIFY_PARAMS.angle.max} step={CLASSIFY_PARAMS.angle.step} onChange={(v) => params.set('angle', v)} />
      </div>
      {message ? <p className="demo-message" role="alert">{message}</p> : null}

      {one ? (
        <div className="mc-one">
          <figure>
            <ImageCanvas data={one.image} size={112} label={fill(t.rotated, { a: angle })} />
            <figcaption>{fill(t.rotated, { a: angle })}</figcaption>
          </figure>
          <table className="mc-probs">
            <caption>{fill(t.probsCaption, { T: MC_T })}</caption>
            <thead><tr><th scope="col">{t.cls}</th><th scope="col">{t.plain}</th><th scope="col">{t.mc}</th></tr></thead>
            <tbody>
              {Array.from({ length: 10 }, (_, c) => c).filter((c) => one.plain[c] > 0.01 || one.mcMean[c] > 0.01).map((c) => (
                <tr key={c}>
                  <th scope="row">{c}</th>
                  <td className="num">{(one.plain[c] * 100).toFixed(1)}%</td>
                  <td className="num">{(one.mcMean[c] * 100).toFixed(1)}% ± {(one.mcStd[c] * 100).toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="verdict" data-entropy={one.entropy.toFixed(4)}>{fill(t.entropyOne, { h: one.entropy.toFixed(3), max: H_MAX.toFixed(3) })}</p>
        </div>
      ) : null}
      {one ? (
        <LineChart title={t.sweepTitle} xLabel={t.angleAxis} yLabel={t.prob} xDomain={[0, 180]}
          series={topClasses.flatMap((c, k) => [
            { name: fill(t.mcSeries, { c }), className: `cls${k}`, points: ANGLES.map((a, i) => ({ x: a, y: one.sweepMc[i][c] })) },
            { name: fill(t.plainSeries, { c }), className: `cls${k} plain`, points: ANGLES.map((a, i) => ({ x: a, y: one.sweepPlain[i][c] })) },
          ])} />
      ) : null}

      {result && hTest && hOod ? (
        <div className="mc-results">
          <figure className="histogram" role="img" aria-label={t.histTitle}>
            <figcaption>{t.histTitle}</figcaption>
            <svg viewBox="0 0 400 150">
              {hTest.map((v, i) => <rect key={`t${i}`} className="test" x={i * 20 + 1} width={9} y={130 - (120 * v) / hMax} height={(120 * v) / hMax} />)}
              {hOod.map((v, i) => <rect key={`o${i}`} className="ood" x={i * 20 + 10} width={9} y={130 - (120 * v) / hMax} height={(120 * v) / hMax} />)}
              <line x1={0} x2={400} y1={130} y2={130} className="axis-line" />
              {one ? (
                // where the current input (a rotated test digit or the student's drawing) falls
                <g className="current-input">
                  <line x1={(400 * Math.min(one.entropy, H_MAX)) / H_MAX} x2={(400 * Math.min(one.entropy, H_MAX)) / H_MAX} y1={4} y2={130} />
                  <text x={Math.min(392, (400 * Math.min(one.entropy, H_MAX)) / H_MAX + 4)} y={12} textAnchor={one.entropy > H_MAX * 0.7 ? 'end' : 'start'}>{t.yourInput}</text>
                </g>
              ) : null}
              <text x={0} y={146}>0</text><text x={400} y={146} textAnchor="end">ln 10 ≈ 2.30</text>
            </svg>
            <p className="chart-legend"><span className="key current-key" /> {one ? fill(t.currentKey, { h: one.entropy.toFixed(3) }) : ''} <span className="key test-key" /> {fill(t.testKey, { h: mean(result.test.entropy).toFixed(3), n: result.test.count })} <span className="key ood-key" /> {fill(t.oodKey, { h: mean(result.ood.entropy).toFixed(3), n: result.ood.count })}</p>
          </figure>
          <LineChart title={t.referTitle} xLabel={t.referredAxis} yLabel={t.accAxis} xDomain={[0, 0.9]} yDomain={[Math.max(0, Math.floor(result.accAll * 10) / 10 - 0.1), 1]}
            series={[{ name: t.referSeries, className: 'ours', points: result.curve.map((c) => ({ x: c.referred, y: c.accuracy })) }]} />
          {running ? <p className="hint" aria-live="polite">{fill(t.partial, { done: result.test.count, n })}</p> : null}
          <p className="verdict">{fill(t.result, { all: (result.accAll * 100).toFixed(1), half: (result.accCertain50 * 100).toFixed(1), ht: mean(result.test.entropy).toFixed(3), ho: mean(result.ood.entropy).toFixed(3) })}</p>
        </div>
      ) : (
        <p className="hint">{fill(t.notRun, { n })}</p>
      )}
      <p className="hint">{t.method}</p>
    </div>
  );
}
