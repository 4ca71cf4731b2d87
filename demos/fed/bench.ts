/**
 * Benchmark workloads of the federated-learning demos, as the pages run them by default: one
 * FedAvg communication round (C = 0.1, E = 5, B = 10, MLP 784→100→10) at K = 10 clients (one
 * client of 800 digits per round) and at K = 100 (ten clients of 80), each with the test-accuracy
 * read-back that ends a round on the page; one FedSGD round (K = 100); one compressed round
 * (top-1% with error feedback: each update read back and sparsified on the host); one DP-FedAvg
 * round (100 of 1,000 clients, clipping and noise on the host). `quick`: one local epoch
 * (E = 1) instead of five, and 20 DP clients instead of 100.
 *
 * Register with `...fedWorkloads` in demos/bench/registry.ts.
 */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { COMPRESSION_DEFAULTS, DP_DEFAULTS, FEDAVG_DEFAULTS } from './demos';
import {
  BASE_CONFIG, clientsPerRound, createFedState, disposeFedState, fedRound, localSteps, uploadFedData, type FedConfig,
} from './fedavg';
import { accuracy } from './model';
import { iidSplit } from './partition';

function roundWorkload(
  id: string, demo: string, K: number, make: (quick: boolean) => FedConfig, note: (cfg: FedConfig) => string,
): BenchWorkload {
  return {
    id,
    demo,
    unit: 'round',
    async setup({ quick }) {
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadFedData(train, test);
      const partition = iidSplit(data.trainLabels, K, FEDAVG_DEFAULTS.seed);
      const cfg = make(quick);
      const state = createFedState(cfg);
      const m = clientsPerRound(cfg.fraction, K);
      const steps = cfg.algorithm === 'fedsgd' ? m : m * localSteps(Math.round(data.train.n / K), cfg.epochs, cfg.batchSize);
      return {
        items: 1,
        note: `K = ${K}, ${m} client${m === 1 ? '' : 's'} per round, ${steps} local steps per round; ${note(cfg)}`,
        async run() {
          await fedRound(data, partition, state, cfg);
          await accuracy(state.weights, data.test.x, data.test.labels);
        },
        dispose() {
          disposeFedState(state);
          data.dispose();
        },
      };
    },
  };
}

const fedavg = (quick: boolean): FedConfig => ({
  ...BASE_CONFIG, fraction: FEDAVG_DEFAULTS.fraction, epochs: quick ? 1 : FEDAVG_DEFAULTS.epochs,
  batchSize: FEDAVG_DEFAULTS.batchSize, lr: FEDAVG_DEFAULTS.lrFedavg,
});

export const fedWorkloads: BenchWorkload[] = [
  roundWorkload('fed/round-k10', 'fedavg', 10, fedavg, (c) => `FedAvg E = ${c.epochs}, B = ${c.batchSize}, then test accuracy`),
  roundWorkload('fed/round-k100', 'fedavg', 100, fedavg, (c) => `FedAvg E = ${c.epochs}, B = ${c.batchSize}, then test accuracy`),
  roundWorkload('fed/fedsgd-round-k100', 'fedavg', 100, () => ({ ...BASE_CONFIG, algorithm: 'fedsgd', lr: FEDAVG_DEFAULTS.lrFedsgd }),
    () => 'FedSGD: one full-batch gradient per client'),
  roundWorkload('fed/round-topk', 'compression', COMPRESSION_DEFAULTS.clients, (quick) => ({
    ...fedavg(quick), compress: { kind: 'topk', fraction: 0.01, errorFeedback: true },
  }), (c) => `E = ${c.epochs}, top-1% uploads with error feedback`),
  roundWorkload('fed/round-dp', 'dp-noise', DP_DEFAULTS.clients, (quick) => ({
    ...BASE_CONFIG, fraction: quick ? 0.02 : DP_DEFAULTS.fraction, epochs: DP_DEFAULTS.epochs, batchSize: DP_DEFAULTS.batchSize,
    lr: DP_DEFAULTS.lr, dp: { clip: DP_DEFAULTS.clip, noise: 1 },
  }), () => `DP-FedAvg, S = ${DP_DEFAULTS.clip}, σ = 1`),
];
