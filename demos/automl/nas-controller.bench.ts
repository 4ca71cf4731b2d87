/** nas-controller's bench workload: what one default run does, on the same function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { NASCONTROLLER_DEFAULTS, NASCONTROLLER_QUICK, trainNasController, uploadNasControllerData } from './nas-controller';

export const nasControllerWorkloads: BenchWorkload[] = [
  {
    id: 'automl/nas-controller-train',
    demo: 'nas-controller',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? NASCONTROLLER_QUICK : NASCONTROLLER_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadNasControllerData(train, test, o.trainDigits, o.testDigits);
      return {
        items: o.steps,
        run: async () => { await trainNasController(data, { ...o, seed: 1 }); },
        dispose: () => data.dispose(),
      };
    },
  },
];
