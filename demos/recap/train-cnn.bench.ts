/** train-cnn's bench workload: one default run (Adam, 2 epochs of 8,000 digits), on the function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { uploadCnnData } from './train-cnn';
import { runTrainCnn, TRAINCNN_DEFAULTS, TRAINCNN_QUICK } from './train-cnn-run';

export const trainCnnWorkloads: BenchWorkload[] = [
  {
    id: 'recap/train-cnn',
    demo: 'train-cnn',
    unit: 'epoch',
    async setup({ quick }) {
      const o = quick ? TRAINCNN_QUICK : TRAINCNN_DEFAULTS;
      const epochs = quick ? 1 : 2;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadCnnData(train, test, o.trainDigits, o.testDigits, 1);
      return {
        items: epochs,
        run: async () => { await runTrainCnn(data, { optimisers: quick ? ['gd', 'sgd', 'adam'] : ['adam'], epochs, batch: 32, lrScale: 1, seed: 1, evalEvery: o.evalEvery, evalLimit: o.evalLimit }); },
        dispose: () => data.dispose(),
      };
    },
  },
];
