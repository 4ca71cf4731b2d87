/** nas-controller's bench workload: what one default run does, on the same function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { NAS_DEFAULTS, NAS_QUICK, runNas } from './nas-controller';

export const nasControllerWorkloads: BenchWorkload[] = [
  {
    id: 'automl/nas-controller-search',
    demo: 'nas-controller',
    unit: 'child',
    async setup({ quick }) {
      const o = quick ? NAS_QUICK : NAS_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      return {
        items: 2 * o.samples,
        run: async () => { await runNas(train, test, { ...o, seed: 1 }); },
        dispose: () => {},
      };
    },
  },
];
