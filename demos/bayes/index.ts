/** The bayes topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { bayesWorkloads } from './bench';

export const workloads: BenchWorkload[] = [
  ...bayesWorkloads,
];
