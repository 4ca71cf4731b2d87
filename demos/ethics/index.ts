/** The ethics topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { fairnessWorkloads } from './fairness.bench';
import { rareCasesWorkloads } from './rare-cases.bench';

export const workloads: BenchWorkload[] = [
  ...fairnessWorkloads,
  ...rareCasesWorkloads,
];
