/** fairness's bench workload: what one default run does, on the same function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { FAIRNESS_DEFAULTS, FAIRNESS_QUICK, trainFairness, uploadFairnessData } from './fairness';

export const fairnessWorkloads: BenchWorkload[] = [
  {
    id: 'ethics/fairness-train',
    demo: 'fairness',
    unit: 'epoch',
    async setup({ quick }) {
      const o = quick ? FAIRNESS_QUICK : FAIRNESS_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadFairnessData(train, test, o.trainDigits, o.testDigits, o.shareB);
      return {
        items: o.epochs,
        run: async () => { await trainFairness(data, { ...o, seed: 1 }); },
        dispose: () => data.dispose(),
      };
    },
  },
];
