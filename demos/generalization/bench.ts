/** The generalization demos' bench workloads: one default run each, on the functions the views call. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { DOUBLEDESCENT_DEFAULTS, DOUBLEDESCENT_QUICK, runDoubleDescent } from './double-descent';
import { LOTTERY_DEFAULTS, LOTTERY_QUICK, runLottery, uploadLotteryData } from './lottery';
import { RANDOMLABELS_DEFAULTS, RANDOMLABELS_QUICK, trainRandomLabels, uploadRandomLabelsData } from './random-labels';

const digits = () => Promise.all([mnistFromSite('train'), mnistFromSite('test')]);

export const generalizationWorkloads: BenchWorkload[] = [
  {
    id: 'generalization/random-labels-train',
    demo: 'random-labels',
    unit: 'epoch',
    async setup({ quick }) {
      const o = quick ? RANDOMLABELS_QUICK : RANDOMLABELS_DEFAULTS;
      const [train, test] = await digits();
      const data = uploadRandomLabelsData(train, test, o.trainDigits, o.testDigits, 'labels', 1);
      return { items: o.epochs * 2, run: async () => { await trainRandomLabels(data, { ...o, regulariser: 'none', seed: 1 }); }, dispose: () => data.dispose() };
    },
  },
  {
    id: 'generalization/double-descent-sweep',
    demo: 'double-descent',
    unit: 'model size',
    async setup({ quick }) {
      const o = quick ? DOUBLEDESCENT_QUICK : DOUBLEDESCENT_DEFAULTS;
      const [train, test] = await digits();
      return { items: o.points, run: async () => { await runDoubleDescent(train, test, { ...o, seed: 1 }); }, dispose: () => {} };
    },
  },
  {
    id: 'generalization/lottery-ticket-rounds',
    demo: 'lottery-ticket',
    unit: 'round',
    async setup({ quick }) {
      const o = quick ? LOTTERY_QUICK : LOTTERY_DEFAULTS;
      const [train, test] = await digits();
      const data = uploadLotteryData(train, test, o.trainDigits, o.testDigits);
      return { items: o.rounds, run: async () => { await runLottery(data, { ...o, seed: 1 }); }, dispose: () => data.dispose() };
    },
  },
];
