'use client';
/**
 * quantisation: the site's trained digit CNN with its weights rounded to b bits (one scale per
 * tensor or per output channel), evaluated on held-out digits: float and int8 on the whole set
 * first (the headline), then a sweep over b on a subset; and what the int8 codes look like.
 * The maths is demos/lightweight/compress.ts; this file wires the controls and draws.
 */
import { useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { accuracy, disposeWeights } from '@/demos/lightweight/cnn';
import { codesOf, quantiseWeights, sizeBytes, type Granularity } from '@/demos/lightweight/compress';
import { binCounts, Histogram } from './Histogram';
import { QUANT_PARAMS } from './params';
import { STRINGS } from './strings';
import { useCnn } from './useCnn';

const SWEEP_BITS = [8, 6, 4, 3, 2];
const pc = (a: number) => (a * 100).toFixed(1);

interface Result { float: number; int8: number; acc: number; bits: number; scale: Granularity; kbFloat: number; kb: number }

export default function Quantisation({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang];
  const params = useDemoParams(api, QUANT_PARAMS);
  const { bits, scale } = params.values;
  const nTest = api.quick ? 500 : 2000;
  const nSweep = api.quick ? 200 : 500;
  const [res, setRes] = useState<Result | null>(null);
  const [sweep, setSweep] = useState<Record<Granularity, { x: number; y: number }[]>>({ tensor: [], channel: [] });
  const [hist, setHist] = useState<number[] | null>(null);
  const [busy, setBusy] = useState('');
  const inputs = useRef({ bits, scale });
  inputs.current = { bits, scale };
  const cnn = useCnn(api, { run: (s) => run(s), reset }, nTest);

  function reset() { setRes(null); setSweep({ tensor: [], channel: [] }); setHist(null); setBusy(''); params.reset(); }

  async function run(signal: AbortSignal) {
    const m = cnn.current;
    if (!m) return;
    const { bits, scale } = inputs.current;
    const t0 = performance.now();
    setRes(null); setSweep({ tensor: [], channel: [] });
    const evalAt = async (b: number, g: Granularity, n: number) => {
      const q = quantiseWeights(m.weights, b, g);
      try { return await accuracy(q, m.test, n, signal); } finally { disposeWeights(q); }
    };
    setBusy(t.quant.float);
    const float = await accuracy(m.weights, m.test, nTest, signal);
    const kbFloat = sizeBytes(m.weights, 32, scale) / 1024;
    const msFirst = performance.now() - t0;
    setRes({ float, int8: NaN, acc: NaN, bits, scale, kbFloat, kb: NaN });
    setBusy(t.quant.int8);
    const int8 = await evalAt(8, scale, nTest);
    const acc = bits === 8 ? int8 : await evalAt(bits, scale, nTest);
    const r = { float, int8, acc, bits, scale, kbFloat, kb: sizeBytes(m.weights, bits, scale) / 1024 };
    setRes(r);
    // the middle conv layer: enough weights for a histogram, not dominated by one layer's size
    const codes = await codesOf(m.weights.kernels[1], 8);
    setHist(binCounts(codes, -127.5, 127.5, 51));
    api.setMetrics({ 'acc-float': +float.toFixed(4), 'acc-int8': +int8.toFixed(4), [`acc-${bits}bit`]: +acc.toFixed(4), 'ms-first': Math.round(msFirst), 'ms-headline': Math.round(performance.now() - t0) });
    setBusy(fill(t.quant.sweep, { n: nSweep }));
    const pts: Record<Granularity, { x: number; y: number }[]> = { tensor: [], channel: [] };
    const bitsList = api.quick ? [8, 4, 2] : SWEEP_BITS;
    for (const [i, b] of bitsList.entries()) {
      // both scalings at each b, interleaved, so the two curves grow side by side
      for (const g of ['tensor', 'channel'] as const) pts[g] = [...pts[g], { x: b, y: await evalAt(b, g, nSweep) }];
      setSweep({ ...pts });
      api.setProgress((i + 1) / bitsList.length);
    }
    setBusy('');
  }

  return (
    <div className="quantisation-demo">
      <div className="demo-controls">
        <Choice label={QUANT_PARAMS.bits.label[api.lang]} value={bits} choices={QUANT_PARAMS.bits.choices} control="bits" onChange={(v) => params.set('bits', v)} />
        <Choice label={QUANT_PARAMS.scale.label[api.lang]} value={scale} choices={QUANT_PARAMS.scale.choices} format={(v) => t.quant.scaleNames[v]} control="scale" onChange={(v) => params.set('scale', v)} />
      </div>
      <LineChart title={t.quant.chart} xLabel={t.quant.xLabel} yLabel={t.quant.yLabel} xDomain={[2, 8]}
        xTicks={SWEEP_BITS.map((b) => ({ value: b, label: String(b) }))}
        series={[
          { name: t.quant.sTensor, points: sweep.tensor },
          { name: t.quant.sChannel, points: sweep.channel },
          ...(res ? [{ name: t.quant.sFloat, points: [{ x: 2, y: res.float }, { x: 8, y: res.float }] }] : []),
        ]} />
      <p className="hint" aria-live="polite">
        {res && Number.isFinite(res.int8)
          ? fill(t.quant.result, { float: pc(res.float), int8: pc(res.int8), bits: res.bits, acc: pc(res.acc), scale: t.quant.scaleNames[res.scale], kbFloat: res.kbFloat.toFixed(1), kb: res.kb.toFixed(1), n: nTest })
          : res ? `${t.quant.sFloat}: ${pc(res.float)}%` : busy ? '' : t.common.notRun}
        {busy ? ` ${fill(res ? t.common.stillRunning : t.common.running, { what: busy })}` : ''}
      </p>
      {hist && <><Histogram counts={hist} lo={-127} hi={127} title={fill(t.quant.hist, { layer: 2 })} /><p className="hint">{t.quant.histNote}</p></>}
    </div>
  );
}
