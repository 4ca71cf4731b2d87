/** split-mnist's bench workload: what one default run does (five methods, five tasks), on the function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { uploadSplitData } from './data';
import { runSplitMnist, SPLIT_DATA, SPLIT_DATA_QUICK, SPLIT_DEFAULTS, SPLIT_QUICK } from './split-mnist';

export const splitMnistWorkloads: BenchWorkload[] = [
  {
    id: 'continual/split-mnist-train',
    demo: 'split-mnist',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? SPLIT_QUICK : SPLIT_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadSplitData(train, test, quick ? SPLIT_DATA_QUICK : SPLIT_DATA);
      return {
        items: 5 * o.steps,
        run: async () => { await runSplitMnist(data, { ...o, seed: 1 }); },
        dispose: () => data.dispose(),
      };
    },
  },
];
