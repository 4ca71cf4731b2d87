/** The adversarial topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { fgsmWorkloads } from './bench';
import { defenceWorkloads } from './defenceBench';
import { transferWorkloads } from './transfer-bench';

export const workloads: BenchWorkload[] = [
  ...fgsmWorkloads,
  ...defenceWorkloads,
  ...transferWorkloads,
];
