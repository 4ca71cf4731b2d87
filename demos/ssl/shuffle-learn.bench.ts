/** shuffle-learn's bench workload: what one default run does, on the same function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { uploadFlat } from './flat-probe';
import { runShuffleLearn, SHUFFLE_DEFAULTS, SHUFFLE_QUICK, SIDE } from './shuffle-learn';

export const shuffleLearnWorkloads: BenchWorkload[] = [
  {
    id: 'ssl/shuffle-learn',
    demo: 'shuffle-learn',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? SHUFFLE_QUICK : SHUFFLE_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadFlat(train, test, o.testDigits, SIDE);
      return {
        items: o.steps,
        run: async () => { await runShuffleLearn(data, { ...o, seed: 1 }); },
        dispose: () => data.dispose(),
      };
    },
  },
];
