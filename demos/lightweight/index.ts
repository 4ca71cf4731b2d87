/** The lightweight topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { compressWorkloads } from './compress.bench';
import { distillationWorkloads } from './distillation.bench';
import { separableConvWorkloads } from './separable-conv.bench';
import { lightCnnWorkloads } from './light-cnn.bench';

export const workloads: BenchWorkload[] = [
  ...separableConvWorkloads,
  ...compressWorkloads,
  ...distillationWorkloads,
  ...lightCnnWorkloads,
];
