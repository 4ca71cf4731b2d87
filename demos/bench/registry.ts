/** Every topic's bench workloads, one line per topic (each topic's demos/<topic>/index.ts). */
import * as adversarial from '../adversarial';
import * as bayes from '../bayes';
import * as fed from '../fed';
import * as fewshot from '../fewshot';
import * as gnn from '../gnn';
import * as interpret from '../interpret';
import type { BenchWorkload } from './types';

export const WORKLOADS: BenchWorkload[] = [
  adversarial,
  interpret,
  bayes,
  gnn,
  fed,
  fewshot,
].flatMap((t) => t.workloads);
