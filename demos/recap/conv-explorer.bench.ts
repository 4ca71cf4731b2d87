/** conv-explorer's bench workload: the feature maps of one digit under the six hand-made kernels. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { imageAsFloats } from '../data/mnist';
import { featureMaps, PRESET_NAMES, presetBank } from './conv-explorer';

export const convExplorerWorkloads: BenchWorkload[] = [
  {
    id: 'recap/conv-explorer-maps',
    demo: 'conv-explorer',
    unit: 'digit',
    async setup({ quick }) {
      const test = await mnistFromSite('test');
      const n = quick ? 20 : 200;
      const bank = presetBank(PRESET_NAMES);
      return {
        items: n,
        run: async () => { for (let i = 0; i < n; i++) await featureMaps(imageAsFloats(test, i), bank); },
        dispose: () => {},
      };
    },
  },
];
