/** Every demo's bench workloads. A new lecture adds its line here. */
import { fgsmWorkloads } from '../adversarial/bench';
import { bayesWorkloads } from '../bayes/bench';
import { fedWorkloads } from '../fed/bench';
import { gnnWorkloads } from '../gnn/bench';
import { interpretWorkloads } from '../interpret/bench';
import type { BenchWorkload } from './types';

export const WORKLOADS: BenchWorkload[] = [...fgsmWorkloads, ...interpretWorkloads, ...bayesWorkloads, ...gnnWorkloads, ...fedWorkloads];
