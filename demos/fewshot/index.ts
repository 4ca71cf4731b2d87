/** The few-shot topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { matchingWorkloads } from './bench-matching';
import { symbolsWorkloads } from './bench-symbols';
import { transferWorkloads } from './bench-transfer';
import { unfoldingWorkloads } from './bench-unfolding';

export const workloads: BenchWorkload[] = [
  ...transferWorkloads,
  ...symbolsWorkloads,
  ...matchingWorkloads,
  ...unfoldingWorkloads,
];
