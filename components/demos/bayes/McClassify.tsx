'use client';
/**
 * MC-dropout classification of MNIST digits (public/models/mnist-mc, dropout kept on for T = 50
 * passes). Top: one digit, or a drawing, rotated by a slider — the plain pass's softmax beside
 * the MC mean and its spread, and the whole 0–180° sweep as a chart (Gal & Ghahramani's
 * rotating-digit figure). Run: predictive entropy on held-out digits vs out-of-distribution
 * inputs, and accuracy when the most uncertain digits are referred to a human.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import type { DemoApi } from '@/components/demo/types';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { fill } from '@/content/fill';
import { ANGLES, histogram, mcEvaluate, MC_T, mean, noiseImages, rotateImage, rotationView, type McResult, type RotationView } from '@/demos/bayes/classify';
import { mlpOf, referralCurve, type Mlp } from '@/demos/bayes/mc';
import { IMAGE_PIXELS, imageAsFloats } from '@/demos/data/mnist';
import { MC_MLP } from '@/demos/models/mc-mlp';
import { mulberry32 } from '@/demos/runtime/rng';
import { readNumber, writeHashParams } from '@/demos/runtime/params';
import { DigitInput, type DigitSource } from '../DigitInput';
import { useDigitCnn } from '../useDigitCnn';
import { STRINGS } from './strings';
import { STRINGS as SHARED } from '../strings';

/** Full run: 1,000 held-out digits + 1,000 out-of-distribution inputs. `?quick=1`: 200 + 200. */
const countFor = (quick: boolean) => (quick ? 200 : 1000);
const REFERRED = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const BINS = 20;
const H_MAX = Math.log(10);

interface RunResult {
  test: McResult;
  ood: McResult;
  labels: Uint8Array;
  accAll: number;
  accCertain50: number;
  curve: { referred: number; accuracy: number }[];
}

export default function McClassify({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].mcClassify;
  const d = SHARED[api.lang].digits;
  const n = countFor(api.quick);
  const [source, setSource] = useState<DigitSource>('test');
  const [index, setIndex] = useState(() => Math.round(readNumber(api.hash.get('digit'), d.digitParam, 0, 0, 1999).value));
  const [angle, setAngle] = useState(() => Math.round(readNumber(api.hash.get('angle'), t.angleParam, 0, 0, 180).value));
  // the rotation angle is the knob an instructor turns from the presenter window
  useEffect(() => {
    api.exposeParam({ name: 'angle', label: t.angleParam, min: 0, max: 180, step: 5, value: angle, set: (v) => setAngle(Math.round(Math.min(Math.max(v, 0), 180))) });
  }, [api, angle, t.angleParam]);
  useEffect(() => () => api.exposeParam(null), [api]);
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const [one, setOne] = useState<RotationView | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState(false);
  const net = useRef<Mlp | null>(null);
  const rand = useRef(mulberry32(api.seed));
  const cnn = useDigitCnn(api, { run: (s) => run(s), reset: () => reset() }, () => {
    net.current = mlpOf(cnn.current!.model);
    setReady(true);
  }, 'mnist-mc');

  useEffect(() => {
    for (const [key, name, max] of [['digit', d.digitParam, 1999], ['angle', t.angleParam, 180]] as const) {
      const r = readNumber(api.hash.get(key), name, 0, 0, max);
      if (r.notice) api.notify(r.notice);
    }
  }, [api, d, t]);

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
    history.replaceState(null, '', writeHashParams(location.hash, 'mc-classify', { digit: index, angle }));
    return () => { live = false; clearTimeout(h); };
  }, [api, ready, source, index, angle, drawn, d, cnn]);

  async function run(signal: AbortSignal) {
    const m = cnn.current, mlp = net.current;
    if (!m || !mlp) return;
    setResult(null);
    const count = Math.min(n, m.test.count);
    const test = new Float32Array(count * IMAGE_PIXELS);
    for (let i = 0; i < count; i++) test.set(imageAsFloats(m.test, i), i * IMAGE_PIXELS);
    // out of distribution: half uniform noise, half held-out digits turned on their side
    const half = Math.floor(count / 2);
    const ood = new Float32Array(count * IMAGE_PIXELS);
    ood.set(noiseImages(half, api.seed));
    for (let i = half; i < count; i++) ood.set(rotateImage(imageAsFloats(m.test, i), 90), i * IMAGE_PIXELS);
    const progress = (offset: number) => (done: number) => api.setProgress((offset + done) / (2 * count));
    const r1 = await mcEvaluate(mlp, test, { rate: MC_MLP.rate, seed: api.seed, signal, onProgress: progress(0) });
    const r2 = await mcEvaluate(mlp, ood, { rate: MC_MLP.rate, seed: api.seed + 1, signal, onProgress: progress(count) });
    const labels = m.test.labels.slice(0, count);
    const correct = Array.from(r1.pred, (p, i) => (p === labels[i] ? 1 : 0));
    const curve = referralCurve(r1.entropy, correct, REFERRED);
    const res: RunResult = { test: r1, ood: r2, labels, accAll: curve[0].accuracy, accCertain50: curve[5].accuracy, curve };
    setResult(res);
    api.setMetrics({
      'entropy-test': +mean(r1.entropy).toFixed(4), 'entropy-ood': +mean(r2.entropy).toFixed(4),
      'acc-all': +res.accAll.toFixed(4), 'acc-certain50': +res.accCertain50.toFixed(4),
      'acc-plain': +(Array.from(r1.plainPred).filter((p, i) => p === labels[i]).length / count).toFixed(4),
      digits: count, T: MC_T,
    });
  }

  function reset() {
    setResult(null);
    setSource('test');
    setIndex(0);
    setAngle(0);
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
        <DigitInput t={d} name="mc-source" source={source} index={index} onSource={setSource} onIndex={setIndex}
          onDrawn={(img) => { setDrawn(img); setMessage(img ? '' : d.drawFirst); }} rand={rand.current} />
        <label className="slider">
          <span>{fill(t.angle, { a: angle })}</span>
          <input type="range" min={0} max={180} step={5} value={angle} data-control="angle" onChange={(e) => setAngle(Number(e.target.value))} aria-valuetext={`${angle}°`} />
        </label>
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
          <p className="verdict">{fill(t.result, { all: (result.accAll * 100).toFixed(1), half: (result.accCertain50 * 100).toFixed(1), ht: mean(result.test.entropy).toFixed(3), ho: mean(result.ood.entropy).toFixed(3) })}</p>
        </div>
      ) : (
        <p className="hint">{fill(t.notRun, { n })}</p>
      )}
      <p className="hint">{t.method}</p>
    </div>
  );
}
