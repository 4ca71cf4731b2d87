/**
 * Benchmark workloads of the matching-network and multi-task demos, as the pages run them:
 * - fewshot/matching-train-100-episodes: 25 training steps of 4 sixteen-way 1-shot episodes
 *   (100 episodes, 2 queries per class, ±2 px jitter, MLP 784→256→64), one evaluation at the end
 *   on the 300 fixed 4-way test episodes; `quick`: the page's quick net (784→128→64, no jitter)
 *   and 100 test episodes;
 * - fewshot/matching-eval: the three scores on the test episodes — matching network, raw-pixel
 *   1-NN — (the feature baseline needs the extractor model and is measured by the transfer bench);
 * - fewshot/multitask-n300: one shared-vs-separate comparison at n = 300 (H = 32, 300 steps;
 *   `quick`: 150), parity as task B, on all test digits (`quick`: 1,000).
 *
 * Listed in demos/fewshot/index.ts, which the topic's descriptor hands to the bench page.
 */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import {
  MATCHING_DEFAULTS, TEST_EPISODES, createMatchingNet, matchingAccuracy, pixelNNAccuracy, setupMatching, trainMatching,
} from './matching';
import { MULTITASK_DEFAULTS, runMultiTaskSweep } from './multitask';

const quickNet = { sizes: [128, 64], jitter: 0 };

export const matchingWorkloads: BenchWorkload[] = [
  {
    id: 'fewshot/matching-train-100-episodes',
    demo: 'matching',
    unit: 'episode',
    async setup({ quick }) {
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const ex = setupMatching(train, test, 4, 1, quick ? { ...TEST_EPISODES, count: 100 } : TEST_EPISODES, quick ? 100 : Infinity);
      const cfg = { ...MATCHING_DEFAULTS, ...(quick ? quickNet : {}), steps: 25 };
      const net = createMatchingNet(cfg.sizes, cfg.scale, cfg.seed);
      return {
        items: cfg.steps * cfg.batch,
        note: `${cfg.batch} × ${cfg.trainWay}-way ${cfg.shot}-shot episodes per step, MLP 784→${cfg.sizes.join('→')}, then ${ex.episodes.length} test episodes`,
        async run() { await trainMatching(net, ex, cfg, { evalEvery: cfg.steps }); },
        dispose() { net.dispose(); ex.dispose(); },
      };
    },
  },
  {
    id: 'fewshot/matching-eval',
    demo: 'matching',
    unit: 'episode',
    async setup({ quick }) {
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const ex = setupMatching(train, test, 4, 1, quick ? { ...TEST_EPISODES, count: 100 } : TEST_EPISODES, quick ? 100 : Infinity);
      const net = createMatchingNet(MATCHING_DEFAULTS.sizes, MATCHING_DEFAULTS.scale, 1);
      return {
        items: ex.episodes.length,
        note: `${ex.test.count} held-out digits 6–9; matching network and raw-pixel 1-NN on each 4-way 1-shot episode`,
        async run() {
          await matchingAccuracy(net, ex.testX, ex.episodes);
          await pixelNNAccuracy(ex.testX, ex.episodes);
        },
        dispose() { net.dispose(); ex.dispose(); },
      };
    },
  },
  {
    id: 'fewshot/multitask-n300',
    demo: 'multi-task',
    unit: 'comparison',
    async setup({ quick }) {
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const cfg = { ...MULTITASK_DEFAULTS, steps: quick ? 150 : MULTITASK_DEFAULTS.steps };
      return {
        items: 1,
        note: `n = 300, H = ${cfg.hidden}, ${cfg.steps} steps of ${cfg.batch} for both setups, parity as task B`,
        async run() { await runMultiTaskSweep(train, test, { task: 'parity', sizes: [300], seeds: [1], cfg, testLimit: quick ? 1000 : undefined }); },
        dispose() {},
      };
    },
  },
];
