/** rotation-probe's bench workload: what one default run does, on the same function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { uploadSslData } from './probe';
import { ROTATION_DEFAULTS, ROTATION_QUICK, runRotationProbe } from './rotation-probe';

export const rotationProbeWorkloads: BenchWorkload[] = [
  {
    id: 'ssl/rotation-probe',
    demo: 'rotation-probe',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? ROTATION_QUICK : { ...ROTATION_DEFAULTS, steps: 160 };
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadSslData(train, test, o.poolDigits, o.testDigits);
      return {
        items: o.steps,
        run: async () => { await runRotationProbe(data, { ...o, seed: 1 }); },
        dispose: () => data.dispose(),
      };
    },
  },
];
