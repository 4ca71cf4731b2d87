/** The generalization topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { generalizationWorkloads } from './bench';

export const workloads: BenchWorkload[] = [...generalizationWorkloads];
