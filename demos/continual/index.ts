/** The continual topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { ewcImportanceWorkloads } from './ewc-importance.bench';
import { splitMnistWorkloads } from './split-mnist.bench';

export const workloads: BenchWorkload[] = [
  ...splitMnistWorkloads,
  ...ewcImportanceWorkloads,
];
