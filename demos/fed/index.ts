/** The fed topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { fedWorkloads } from './bench';

export const workloads: BenchWorkload[] = [
  ...fedWorkloads,
];
