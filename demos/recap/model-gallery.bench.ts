/** model-gallery's bench workload: counting the four architectures layer by layer (pure arithmetic). */
import type { BenchWorkload } from '../bench/types';
import { countGallery } from './model-gallery';

export const modelGalleryWorkloads: BenchWorkload[] = [
  {
    id: 'recap/model-gallery-count',
    demo: 'model-gallery',
    unit: 'count',
    async setup() {
      return { items: 1000, run: async () => { for (let i = 0; i < 1000; i++) countGallery(); }, dispose: () => {} };
    },
  },
];
