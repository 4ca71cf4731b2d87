/** snn-train's bench workload: what one default run does, on the same functions the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { IMAGE_PIXELS } from '../data/mnist';
import { createSnn, scoreSnn, SNN_DEFAULTS, SNN_QUICK, SNN_SHAPE, trainSnn, uploadSnnData } from './snn-train';

export const snnTrainWorkloads: BenchWorkload[] = [
  {
    id: 'snn/snn-train',
    demo: 'snn-train',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? SNN_QUICK : SNN_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadSnnData(train, test, o.trainDigits, o.testDigits);
      return {
        items: o.steps,
        // forward and the two backward matMuls of the input layer dominate
        flops: o.steps * 3 * 2 * o.batch * o.timeSteps * IMAGE_PIXELS * SNN_SHAPE.hidden,
        run: async () => {
          const net = createSnn(1);
          try {
            await trainSnn(net, data, { ...o, seed: 1 });
            await scoreSnn(net, data, o.timeSteps, 5);
          } finally {
            net.dispose();
          }
        },
        dispose: () => data.dispose(),
      };
    },
  },
];
