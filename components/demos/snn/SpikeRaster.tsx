'use client';
/**
 * One digit flowing through the trained spiking network: its input spikes at each time step (28×28
 * frames), the hidden layer's spike raster (neuron × time), and the readout's running vote.
 */
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import type { DigitTrace } from '@/demos/snn/snn-train';

export function SpikeRaster({ trace, label, inputLabel, hiddenLabel, readoutLabel, stepLabel }: {
  trace: DigitTrace; label: string; inputLabel: string; hiddenLabel: string; readoutLabel: string; stepLabel: (t: number) => string;
}) {
  const { timeSteps: T, hiddenSize: H, hidden, readout } = trace;
  const frames = Array.from({ length: Math.min(T, 8) }, (_, t) => trace.input.subarray(t * 784, (t + 1) * 784));
  const cw = Math.max(8, Math.floor(360 / T)), rh = 2, W = 40 + cw * T, Hh = H * rh + 24;
  // the readout's vote at each step: softmax of the running mean logits
  const votes = Array.from({ length: T }, (_, t) => {
    const z = Array.from(readout.subarray(t * 10, (t + 1) * 10));
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  });
  return (
    <div className="snn-raster" role="group" aria-label={label}>
      <figure>
        <div className="snn-frames">
          {frames.map((f, t) => <ImageCanvas key={t} data={f} size={56} label={stepLabel(t + 1)} />)}
        </div>
        <figcaption>{inputLabel}</figcaption>
      </figure>
      <figure>
        <svg viewBox={`0 0 ${W} ${Hh}`} className="snn-hidden" role="img" aria-label={hiddenLabel}>
          <rect x={40} y={0} width={cw * T} height={H * rh} className="bg" />
          {Array.from({ length: T }, (_, t) => Array.from({ length: H }, (_, j) => (hidden[t * H + j] > 0
            ? <rect key={`${t}-${j}`} x={40 + t * cw + 1} y={j * rh} width={cw - 2} height={rh} className="spike" />
            : null)))}
          <text x={34} y={6} textAnchor="end">1</text>
          <text x={34} y={H * rh} textAnchor="end">{H}</text>
          {Array.from({ length: T }, (_, t) => <text key={t} x={40 + (t + 0.5) * cw} y={H * rh + 16} textAnchor="middle">{t + 1}</text>)}
        </svg>
        <figcaption>{hiddenLabel}</figcaption>
      </figure>
      <figure>
        <svg viewBox={`0 0 ${W} 140`} className="snn-votes" role="img" aria-label={readoutLabel}>
          {Array.from({ length: 10 }, (_, k) => <text key={k} x={34} y={k * 12 + 10} textAnchor="end">{k}</text>)}
          {votes.map((p, t) => p.map((v, k) => (
            <rect key={`${t}-${k}`} x={40 + t * cw + 1} y={k * 12 + 1} width={cw - 2} height={10} className="vote" style={{ opacity: 0.08 + 0.92 * v }} />
          )))}
          {Array.from({ length: T }, (_, t) => <text key={t} x={40 + (t + 0.5) * cw} y={136} textAnchor="middle">{t + 1}</text>)}
        </svg>
        <figcaption>{readoutLabel}</figcaption>
      </figure>
    </div>
  );
}
