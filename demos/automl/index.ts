/** The automl topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { nasControllerWorkloads } from './nas-controller.bench';
import { dartsWorkloads } from './darts.bench';

export const workloads: BenchWorkload[] = [
  ...nasControllerWorkloads,
  ...dartsWorkloads,
];
