/** Every demo's bench workloads. A new lecture adds its line here. */
import { fgsmWorkloads } from '../adversarial/bench';
import { bayesWorkloads } from '../bayes/bench';
import { fedWorkloads } from '../fed/bench';
import { matchingWorkloads } from '../fewshot/bench-matching';
import { symbolsWorkloads } from '../fewshot/bench-symbols';
import { transferWorkloads } from '../fewshot/bench-transfer';
import { unfoldingWorkloads } from '../fewshot/bench-unfolding';
import { gnnWorkloads } from '../gnn/bench';
import { interpretWorkloads } from '../interpret/bench';
import type { BenchWorkload } from './types';

export const WORKLOADS: BenchWorkload[] = [
  ...fgsmWorkloads, ...interpretWorkloads, ...bayesWorkloads, ...gnnWorkloads, ...fedWorkloads,
  ...transferWorkloads, ...symbolsWorkloads, ...matchingWorkloads, ...unfoldingWorkloads,
];
