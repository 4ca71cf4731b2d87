/** ewc-importance's bench workload: task A, the Fisher, task B twice (naive and EWC), as the view runs it. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { uploadSplitData } from './data';
import { IMPORTANCE_DEFAULTS, IMPORTANCE_QUICK, runImportance } from './ewc-importance';

export const ewcImportanceWorkloads: BenchWorkload[] = [
  {
    id: 'continual/ewc-importance',
    demo: 'ewc-importance',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? IMPORTANCE_QUICK : IMPORTANCE_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadSplitData(train, test, { trainPerTask: 2000, testPerTask: quick ? 200 : 1000, evalPerTask: 0 });
      return {
        items: o.stepsA + o.steps,
        run: async () => { await runImportance(data, { ...o, seed: 1 }); },
        dispose: () => data.dispose(),
      };
    },
  },
];
