/** darts's bench workload: what one default run does, on the same function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { DARTS_DEFAULTS, DARTS_QUICK, runDarts } from './darts';

export const dartsWorkloads: BenchWorkload[] = [
  {
    id: 'automl/darts-search',
    demo: 'darts',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? DARTS_QUICK : DARTS_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      return {
        items: o.searchSteps + o.retrainSteps,
        run: async () => { await runDarts(train, test, { ...o, seed: 1 }); },
        dispose: () => {},
      };
    },
  },
];
