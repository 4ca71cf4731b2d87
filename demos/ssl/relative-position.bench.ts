/** relative-position's bench workload: what one default run does, on the same function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { uploadFlat } from './flat-probe';
import { RELPOS_DEFAULTS, RELPOS_QUICK, runRelativePosition } from './relative-position';

export const relativePositionWorkloads: BenchWorkload[] = [
  {
    id: 'ssl/relative-position',
    demo: 'relative-position',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? RELPOS_QUICK : RELPOS_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadFlat(train, test, o.testDigits);
      return {
        items: o.steps,
        run: async () => { await runRelativePosition(data, { ...o, seed: 1 }); },
        dispose: () => data.dispose(),
      };
    },
  },
];
