/** The snn topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { lifNeuronWorkloads } from './lif-neuron.bench';
import { snnTrainWorkloads } from './snn-train.bench';

export const workloads: BenchWorkload[] = [
  ...lifNeuronWorkloads,
  ...snnTrainWorkloads,
];
