/** separable-conv's bench workload: one latency measurement of the default shape (the same function the view calls). */
import type { BenchWorkload } from '../bench/types';
import { measureLatency, standardCounts, separableCounts, type ConvShape } from './separable';

const DEFAULT: ConvShape = { h: 28, w: 28, cin: 64, cout: 128, k: 3 };
const QUICK: ConvShape = { h: 14, w: 14, cin: 32, cout: 64, k: 3 };

export const separableConvWorkloads: BenchWorkload[] = [
  {
    id: 'lightweight/separable-conv-latency',
    demo: 'separable-conv',
    unit: 'layer pair',
    async setup({ quick }) {
      const s = quick ? QUICK : DEFAULT;
      const repeats = quick ? 5 : 11;
      return {
        items: repeats,
        flops: 2 * repeats * (standardCounts(s).madds + separableCounts(s).madds),
        run: async () => { await measureLatency(s, { repeats, warmup: 2, seed: 1 }); },
        dispose: () => {},
      };
    },
  },
];
