/** lif-neuron's bench workload: the f–I sweep a Run draws, on the same function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { fiCurrents, fiCurve, LIF_DEFAULTS } from './lif-neuron';

export const lifNeuronWorkloads: BenchWorkload[] = [
  {
    id: 'snn/lif-fi-curve',
    demo: 'lif-neuron',
    unit: 'current',
    async setup({ quick }) {
      const currents = fiCurrents(5, quick ? 10 : 25);
      return {
        items: currents.length,
        note: '2 s of simulated time per current, Δt = 0.05 ms, plain JavaScript',
        run: async () => { fiCurve(LIF_DEFAULTS, currents); },
        dispose: () => {},
      };
    },
  },
];
