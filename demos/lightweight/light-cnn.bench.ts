/**
 * light-cnn's bench workload: one default run (latency of both nets, interleaved training, the
 * full-set score), on the same function the view calls; items = training steps.
 */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { uploadDigits } from './cnn';
import { LIGHTCNN_DEFAULTS, LIGHTCNN_QUICK, runLightCnn } from './light-cnn';

export const lightCnnWorkloads: BenchWorkload[] = [
  {
    id: 'lightweight/light-cnn-train',
    demo: 'light-cnn',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? LIGHTCNN_QUICK : LIGHTCNN_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const tr = uploadDigits(train, o.trainDigits), te = uploadDigits(test, o.testDigits);
      return {
        items: o.steps,
        run: async () => { await runLightCnn(tr, te, { ...o, seed: 1 }); },
        dispose: () => { tr.dispose(); te.dispose(); },
      };
    },
  },
];
