/** quantisation's and pruning's bench workloads: the digit CNN evaluated at int8, and gradual pruning with fine-tuning. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { loadModel } from '../models/load';
import { accuracy, disposeWeights, uploadDigits, weightsOf } from './cnn';
import { PRUNE_STEPS, PRUNE_TUNING, pruneGradually, quantiseWeights } from './compress';

async function loaded(quick: boolean, nTrain: number) {
  const [model, test, train] = await Promise.all([loadModel('digit-cnn'), mnistFromSite('test'), mnistFromSite('train')]);
  const w = weightsOf(model);
  model.dispose();
  return { w, test: uploadDigits(test, quick ? 500 : 2000), train: uploadDigits(train, nTrain) };
}

export const compressWorkloads: BenchWorkload[] = [
  {
    id: 'lightweight/quantisation-int8',
    demo: 'quantisation',
    unit: 'digit',
    async setup({ quick }) {
      const m = await loaded(quick, 0);
      return {
        items: m.test.n,
        run: async () => { const q = quantiseWeights(m.w, 8, 'tensor'); await accuracy(q, m.test); disposeWeights(q); },
        dispose: () => { disposeWeights(m.w); m.test.dispose(); m.train.dispose(); },
      };
    },
  },
  {
    id: 'lightweight/pruning-finetune',
    demo: 'pruning',
    unit: 'step',
    async setup({ quick }) {
      const m = await loaded(quick, quick ? 500 : 4000);
      const steps = quick ? 10 : PRUNE_STEPS;
      return {
        items: steps,
        run: async () => {
          const w = { kernels: m.w.kernels.map((k) => k.clone()), biases: m.w.biases.map((b) => b.clone()), pools: m.w.pools };
          const masks = await pruneGradually(w, m.train, { ...PRUNE_TUNING, sparsity: 0.9, scope: 'global', steps, seed: 1 });
          disposeWeights(w); masks.forEach((x) => x.dispose());
        },
        dispose: () => { disposeWeights(m.w); m.test.dispose(); m.train.dispose(); },
      };
    },
  },
];
