/** distillation's bench workload: both students trained side by side (the same function the view calls). */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { loadModel } from '../models/load';
import { disposeWeights, uploadDigits, weightsOf } from './cnn';
import { DISTILL_DEFAULTS, distill, teacherLogits } from './distill';

export const distillationWorkloads: BenchWorkload[] = [
  {
    id: 'lightweight/distillation-train',
    demo: 'distillation',
    unit: 'step',
    async setup({ quick }) {
      const [model, test, train] = await Promise.all([loadModel('digit-cnn'), mnistFromSite('test'), mnistFromSite('train')]);
      const w = weightsOf(model);
      model.dispose();
      const o = { ...DISTILL_DEFAULTS, steps: quick ? 60 : DISTILL_DEFAULTS.steps };
      const tr = uploadDigits(train, 500), te = uploadDigits(test, quick ? 500 : 2000);
      const zt = teacherLogits(w, tr);
      return {
        items: o.steps,
        run: async () => { await distill(tr, te, zt, { ...o, T: 4, alpha: 0.9, seed: 1 }); },
        dispose: () => { disposeWeights(w); tr.dispose(); te.dispose(); zt.dispose(); },
      };
    },
  },
];
