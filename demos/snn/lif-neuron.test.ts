import { describe, expect, it } from 'vitest';
import { analyticRate, fiCurrents, fiCurve, LIF_DEFAULTS, makeCurrent, rheobase, simulateLif } from '@/demos/snn/lif-neuron';

describe('lif-neuron', () => {
  it('has the analytic f–I curve r = 1/(t_ref + τ ln(RI/(RI − ϑ))) above the rheobase, 0 below', () => {
    const p = LIF_DEFAULTS; // ϑ = 15 mV, R = 10 MΩ, τ = 10 ms, t_ref = 2 ms
    expect(rheobase(p)).toBeCloseTo(1.5, 12);
    expect(analyticRate(p, 1.5)).toBe(0);
    expect(analyticRate(p, 1)).toBe(0);
    // RI = 30 mV: ISI = 2 + 10 ln 2 ms
    expect(analyticRate(p, 3)).toBeCloseTo(1000 / (2 + 10 * Math.log(2)), 10);
    // RI = 20 mV: ISI = 2 + 10 ln 4 ms
    expect(analyticRate(p, 2)).toBeCloseTo(1000 / (2 + 10 * Math.log(4)), 10);
  });

  it('simulated rates match the analytic curve (constant input, 2 s)', () => {
    for (const p of [LIF_DEFAULTS, { ...LIF_DEFAULTS, tau: 20, tRef: 0 }, { ...LIF_DEFAULTS, tau: 2, tRef: 0 }, { ...LIF_DEFAULTS, tau: 5, tRef: 4 }]) {
      for (const pt of fiCurve(p, fiCurrents(5, 20))) {
        expect(Math.abs(pt.simulated - pt.analytic)).toBeLessThanOrEqual(0.02 * pt.analytic + 0.6);
      }
    }
  });

  it('below threshold the membrane settles at V_rest + RI and never fires', () => {
    const tr = simulateLif(LIF_DEFAULTS, () => 1, 200, 1);
    expect(tr.spikes).toEqual([]);
    expect(tr.v[tr.v.length - 1]).toBeCloseTo(-65 + 10, 3);
  });

  it('noise makes a sub-threshold current fire sometimes; the drawn trace is followed', () => {
    const noisy = simulateLif(LIF_DEFAULTS, makeCurrent('noisy', 1.3, 1.5, 7), 1000);
    expect(noisy.rate).toBeGreaterThan(0);
    const drawn = new Array(100).fill(0).map((_, i) => (i < 50 ? 0 : 3));
    const tr = simulateLif(LIF_DEFAULTS, makeCurrent('drawn', 0, 0, 1, drawn, 1000), 1000);
    expect(tr.spikes.every((t) => t > 500)).toBe(true);
    expect(tr.rate).toBeGreaterThan(20);
  });

  it('says so for impossible parameters', () => {
    expect(() => simulateLif({ ...LIF_DEFAULTS, tau: 0 }, () => 1, 100)).toThrow();
  });
});
