/**
 * lif-neuron: one leaky integrate-and-fire neuron (Lapicque 1907; Gerstner & Kistler 2002, §4.1),
 *   τ dV/dt = −(V − V_rest) + R I(t),  a spike when V reaches V_th, then V = V_reset for t_ref.
 * Plain numbers, no tensors: a single neuron is a scalar ODE. Between samples of I the equation is
 * integrated exactly (V relaxes exponentially towards V_rest + R I), with the threshold crossing
 * found in closed form inside the step, so for a constant current the simulated spike times are
 * exact and the rate differs from the analytic f–I curve only by counting whole spikes.
 */
import { mulberry32 } from '../runtime/rng';

export interface LifParams {
  /** membrane time constant τ = RC, ms */
  tau: number;
  /** resting and reset potential, mV */
  vRest: number;
  vReset: number;
  /** firing threshold, mV */
  vTh: number;
  /** membrane resistance, MΩ (so R·I in mV for I in nA) */
  r: number;
  /** absolute refractory period, ms */
  tRef: number;
}

/** textbook values: rest −65 mV, threshold −50 mV, τ = 10 ms, R = 10 MΩ, 2 ms refractory */
export const LIF_DEFAULTS: LifParams = { tau: 10, vRest: -65, vReset: -65, vTh: -50, r: 10, tRef: 2 };

/** integration step, ms */
export const DT = 0.05;

export interface LifTrace {
  /** membrane potential every `sampleEvery` ms, mV */
  v: Float32Array;
  /** spike times, ms */
  spikes: number[];
  /** spikes per second over the whole run */
  rate: number;
}

/**
 * Simulates `duration` ms with input current `current(t)` (nA). Stores V every `sampleEvery` ms
 * (a spike is drawn as a sample at 0 mV, the usual cartoon of the action potential).
 */
export function simulateLif(p: LifParams, current: (tMs: number) => number, duration: number, sampleEvery = 0.5): LifTrace {
  if (!(p.tau > 0) || !(duration > 0) || !(p.vTh > p.vReset)) throw new Error('τ and the duration must be positive, and the threshold above the reset');
  const steps = Math.round(duration / DT);
  const every = Math.max(1, Math.round(sampleEvery / DT));
  const v = new Float32Array(Math.floor(steps / every) + 1);
  const decay = Math.exp(-DT / p.tau);
  const spikes: number[] = [];
  let V = p.vRest;
  let refractoryUntil = -Infinity;
  let spiked = false;
  for (let i = 0; i <= steps; i++) {
    const t = i * DT;
    if (i % every === 0) {
      v[i / every] = spiked ? 0 : V;
      spiked = false;
    }
    if (i === steps) break;
    const vInf = p.vRest + p.r * current(t);
    // within one step I is constant, so V → V∞ + (V − V∞) e^{−h/τ} exactly, and the threshold
    // crossing time and the end of the refractory period need not fall on the grid
    let start = Math.max(t, refractoryUntil);
    while (start < t + DT) {
      const h = t + DT - start;
      const next = vInf + (V - vInf) * (h === DT ? decay : Math.exp(-h / p.tau));
      if (next < p.vTh) { V = next; break; }
      const crossing = start + p.tau * Math.log((vInf - V) / (vInf - p.vTh));
      spikes.push(crossing);
      V = p.vReset;
      spiked = true;
      refractoryUntil = crossing + p.tRef;
      start = Math.max(start, refractoryUntil);
    }
  }
  return { v, spikes, rate: (spikes.length * 1000) / duration };
}

/**
 * The analytic rate for a constant current (reset = rest): the time to climb from V_rest to V_th is
 * τ ln(RI / (RI − ϑ)) with ϑ = V_th − V_rest, so r = 1 / (t_ref + τ ln(RI / (RI − ϑ))) for RI > ϑ,
 * and 0 otherwise (the membrane settles at V_rest + RI, below threshold). Spikes per second.
 */
export function analyticRate(p: LifParams, current: number): number {
  const ri = p.r * current;
  const theta = p.vTh - p.vRest;
  if (!(ri > theta)) return 0;
  const isiMs = p.tRef + p.tau * Math.log(ri / (ri - theta));
  return 1000 / isiMs;
}

/** The current below which the neuron never fires: the rheobase I = ϑ / R. */
export const rheobase = (p: LifParams) => (p.vTh - p.vRest) / p.r;

/** A constant input, or one with noise redrawn every millisecond (seeded), or the student's trace. */
export type InputKind = 'constant' | 'noisy' | 'drawn';

/**
 * The input current as a function of time. Noise: Gaussian, σ nA, held for 1 ms at a time (a
 * crude stand-in for the random arrival of many synaptic inputs). Drawn: one value per ms.
 */
export function makeCurrent(kind: InputKind, mean: number, sigma: number, seed: number, drawn: number[] = [], duration = 1000): (t: number) => number {
  if (kind === 'constant') return () => mean;
  if (kind === 'drawn') {
    if (drawn.length === 0) return () => 0;
    return (t) => drawn[Math.min(drawn.length - 1, Math.floor((t / duration) * drawn.length))];
  }
  const rand = mulberry32(seed);
  const ms = Math.ceil(duration) + 1;
  const noise = new Float32Array(ms);
  for (let i = 0; i < ms; i += 1) {
    // Box–Muller
    const u = Math.max(rand(), 1e-12), w = rand();
    noise[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }
  return (t) => mean + sigma * noise[Math.min(ms - 1, Math.floor(t))];
}

export interface FiPoint { current: number; simulated: number; analytic: number }

/** The f–I curve: simulated (constant input, `duration` ms) and analytic rates at each current. */
export function fiCurve(p: LifParams, currents: number[], duration = 2000): FiPoint[] {
  return currents.map((c) => ({ current: c, simulated: simulateLif(p, () => c, duration, duration).rate, analytic: analyticRate(p, c) }));
}

/** The currents of the f–I sweep: 0 to `max` nA in `n` steps. */
export const fiCurrents = (max: number, n = 25) => Array.from({ length: n + 1 }, (_, i) => +((max * i) / n).toFixed(4));
