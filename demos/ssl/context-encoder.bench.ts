/** context-encoder's bench workload: what one default run does, on the same functions the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { CONTEXT_DEFAULTS, CONTEXT_QUICK, createContextModel, SIDE, trainContextEncoder } from './context-encoder';
import { uploadFlat } from './flat-probe';

export const contextEncoderWorkloads: BenchWorkload[] = [
  {
    id: 'ssl/context-encoder',
    demo: 'context-encoder',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? CONTEXT_QUICK : CONTEXT_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadFlat(train, test, o.testDigits, SIDE);
      return {
        items: o.steps,
        run: async () => {
          const m = createContextModel(data, o.poolDigits, 1);
          try { await trainContextEncoder(m, data, { ...o, seed: 1 }); } finally { m.dispose(); }
        },
        dispose: () => data.dispose(),
      };
    },
  },
];
