/**
 * Benchmark workloads of the federated-learning demos, as the pages run them by default: one
 * FedAvg communication round (C = 0.1, E = 5, B = 10, MLP 784→100→10) at K = 10 clients (one
 * client of 800 digits per round) and at K = 100 (ten clients of 80), each with the test-accuracy
 * read-back that ends a round on the page; one FedSGD round (K = 100); one compressed round
 * (top-1% with error feedback: each update read back and sparsified on the host); one DP-FedAvg
 * round (100 of 1,000 clients, clipping and noise on the host). `quick`: one local epoch
 * (E = 1) instead of five, and 20 DP clients instead of 100.
 *
 * Listed in demos/fed/index.ts, which the topic's descriptor hands to the bench page.
 */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { COMPRESSION_DEFAULTS, compressionSpecs, DP_DEFAULTS, DP_QUICK, dpSpecs } from './challenges';
import { localSteps } from './client';
import { FEDAVG_DEFAULTS, fedavgSpecs } from './demos';
import { clientsPerRound, createFedState, disposeFedState, fedRound, uploadFedData, type FedConfig } from './fedavg';
import { accuracy } from './model';
import { makePartition } from './partition';
import type { SeriesSpec } from './series';

/** One round of a demo's series, as its page runs it: the same partition, config and round function. */
function roundWorkload(
  id: string, demo: string, spec: (quick: boolean) => SeriesSpec, note: (cfg: FedConfig) => string,
): BenchWorkload {
  return {
    id,
    demo,
    unit: 'round',
    async setup({ quick }) {
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadFedData(train, test);
      const s = spec(quick);
      const K = s.partition.clients;
      const partition = makePartition(data.trainLabels, s.partition);
      const cfg = s.config;
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

/** The fedavg demo's series at K clients (`quick`: one local epoch); 0 FedAvg, 1 FedSGD. */
const fedavg = (K: number, series: 0 | 1) => (quick: boolean) =>
  fedavgSpecs({ ...FEDAVG_DEFAULTS, clients: K, epochs: quick ? 1 : FEDAVG_DEFAULTS.epochs })[series];
const topk1 = (quick: boolean) => compressionSpecs({ ...COMPRESSION_DEFAULTS, epochs: quick ? 1 : COMPRESSION_DEFAULTS.epochs })
  .find((s) => s.key === 'topk-1')!;
const dp = (quick: boolean) => dpSpecs({ ...DP_DEFAULTS, fraction: quick ? DP_QUICK.fraction! : DP_DEFAULTS.fraction, sigmas: [1] })[0];

export const fedWorkloads: BenchWorkload[] = [
  roundWorkload('fed/round-k10', 'fedavg', fedavg(10, 0), (c) => `FedAvg E = ${c.epochs}, B = ${c.batchSize}, then test accuracy`),
  roundWorkload('fed/round-k100', 'fedavg', fedavg(100, 0), (c) => `FedAvg E = ${c.epochs}, B = ${c.batchSize}, then test accuracy`),
  // FedSGD takes one full-batch step per client whatever E is, so quick changes nothing
  roundWorkload('fed/fedsgd-round-k100', 'fedavg', () => fedavg(100, 1)(false), () => 'FedSGD: one full-batch gradient per client'),
  roundWorkload('fed/round-topk', 'compression', topk1, (c) => `E = ${c.epochs}, top-1% uploads with error feedback`),
  roundWorkload('fed/round-dp', 'dp-noise', dp, () => `DP-FedAvg, S = ${DP_DEFAULTS.clip}, σ = 1`),
];
