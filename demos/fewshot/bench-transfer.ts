/**
 * Benchmark workload of the transfer demo, as the page runs it: the three methods (frozen
 * features + new head, fine-tune, scratch) at k = 5 examples per class, one support-set draw,
 * each trained for the page's budget of full-batch steps and scored on every held-out digit 5–9.
 * One run = the three (k = 5, method) units. `quick`: the view's ?quick=1 workload
 * (QUICK_WORKLOAD: fewer steps, fewer test digits).
 *
 * Listed in demos/fewshot/index.ts, which the topic's descriptor hands to the bench page.
 */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { loadExtractor } from './extractor';
import { FULL_WORKLOAD, QUICK_WORKLOAD, createContext, runTransfer, type Workload } from './transfer';

export const transferWorkloads: BenchWorkload[] = [
  {
    id: 'fewshot/transfer-k5',
    demo: 'transfer',
    unit: 'method',
    async setup({ quick }) {
      const [extractor, train, test] = await Promise.all([loadExtractor(), mnistFromSite('train'), mnistFromSite('test')]);
      const base = quick ? QUICK_WORKLOAD : FULL_WORKLOAD;
      const work: Workload = { ...base, ks: [5], draws: 1 };
      const ctx = createContext(extractor, test, work.testLimit);
      return {
        items: 3,
        note: `k = 5, 1 draw, ${work.budget.steps} Adam steps (fine-tune, scratch) and ${work.budget.headSteps} (frozen head), scored on ${ctx.test.n} test digits 5–9`,
        async run() {
          await runTransfer(ctx, train, work, 1234);
        },
        dispose() {
          ctx.dispose();
          extractor.dispose();
        },
      };
    },
  },
];
