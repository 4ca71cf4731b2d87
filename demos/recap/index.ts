/** The recap topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { convExplorerWorkloads } from './conv-explorer.bench';
import { modelGalleryWorkloads } from './model-gallery.bench';
import { trainCnnWorkloads } from './train-cnn.bench';

export const workloads: BenchWorkload[] = [
  ...convExplorerWorkloads,
  ...trainCnnWorkloads,
  ...modelGalleryWorkloads,
];
