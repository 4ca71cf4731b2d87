/** The ssl topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { maskedLmWorkloads } from './masked-lm.bench';
import { rotationProbeWorkloads } from './rotation-probe.bench';
import { relativePositionWorkloads } from './relative-position.bench';
import { contextEncoderWorkloads } from './context-encoder.bench';
import { shuffleLearnWorkloads } from './shuffle-learn.bench';

export const workloads: BenchWorkload[] = [
  ...rotationProbeWorkloads,
  ...maskedLmWorkloads,
  ...relativePositionWorkloads,
  ...contextEncoderWorkloads,
  ...shuffleLearnWorkloads,
];
