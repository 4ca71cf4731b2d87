/**
 * Benchmark workloads of the graph-neural-network demos, as the page runs them by default:
 * semi-supervised GCN training on the karate club (300 epochs), one epoch of graph
 * classification over 600 small graphs, and full-batch GCN epochs on stochastic block models of
 * 1,000 and 10,000 nodes (mean degree 20: 10⁴ and 10⁵ edges), in the propagation form the
 * backend prefers. `quick`: 50 karate epochs, 160 graphs, one scale epoch per run.
 */
import type { BenchWorkload } from '../bench/types';
import { preferredFormat } from './gcn';
import { createGraphClassifier, makeGraphDataset } from './graph-classification';
import { KARATE_EPOCHS, trainKarate } from './karate';
import { createScaleRun, runEpochs } from './scale';

function scaleEpochs(n: number): BenchWorkload {
  return {
    id: `gnn/scale-epoch-${n / 1000}k`,
    demo: 'gcn-scale',
    unit: 'epoch',
    async setup({ quick }) {
      const epochs = quick ? 1 : 5;
      const run = createScaleRun({ n });
      return {
        items: epochs,
        note: `${n} nodes, ${run.edges} edges, GCN 16→16→10, '${preferredFormat()}' propagation, loss read every epoch`,
        async run() { await runEpochs(run, epochs); },
        dispose: () => run.dispose(),
      };
    },
  };
}

export const gnnWorkloads: BenchWorkload[] = [
  {
    id: 'gnn/karate-train',
    demo: 'gcn-karate',
    unit: 'epoch',
    async setup({ quick }) {
      const epochs = quick ? 50 : KARATE_EPOCHS;
      return {
        items: epochs,
        note: 'GCN 34→4→2 (tanh) + linear, labels of nodes 0 and 33, loss read every 10 epochs',
        async run() { await trainKarate({ epochs }); },
        dispose() {},
      };
    },
  },
  {
    id: 'gnn/graph-classification-epoch',
    demo: 'graph-classification',
    unit: 'epoch',
    async setup({ quick }) {
      const graphs = makeGraphDataset(quick ? 160 : 600, 1);
      const model = createGraphClassifier();
      let epoch = 0;
      return {
        items: 1,
        note: `${graphs.length} graphs of 10–20 nodes, batches of 32, GCN 8→32→32 + mean readout`,
        async run() { await model.trainEpoch(graphs, ++epoch); },
        dispose: () => model.dispose(),
      };
    },
  },
  scaleEpochs(1_000),
  scaleEpochs(10_000),
];
