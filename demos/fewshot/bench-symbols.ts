/**
 * Benchmark workload of the own-symbols demo, as the page runs it: the sample symbols (3 shapes ×
 * 3 drawings, each at 5 shifts = 45 images) through the frozen extractor, a new head trained for
 * 150 full-batch steps, its accuracy read back, then one new drawing recognised. `quick`: the
 * same (the run is already small).
 */
import type { BenchWorkload } from '../bench/types';
import { drawingToMnist } from '../data/drawing';
import { mulberry32 } from '../runtime/rng';
import { loadExtractor } from './extractor';
import { SAMPLE_SHAPES, fitSymbols, recogniseSymbol, sampleStrokes, strokeInk, type SymbolClass } from './symbols';

export const symbolsWorkloads: BenchWorkload[] = [
  {
    id: 'fewshot/symbols-head',
    demo: 'own-symbols',
    unit: 'fit',
    async setup() {
      const extractor = await loadExtractor();
      const rand = mulberry32(5);
      const drawn = (shape: (typeof SAMPLE_SHAPES)[number]) => drawingToMnist(strokeInk(sampleStrokes(shape, rand)), 280, 280)!;
      const classes: SymbolClass[] = SAMPLE_SHAPES.map((shape) => ({ name: shape, examples: [drawn(shape), drawn(shape), drawn(shape)] }));
      const query = drawn('circle');
      return {
        items: 1,
        note: '3 symbols × 3 drawings × 5 shifts through the frozen extractor, 150 head steps, then one drawing recognised',
        async run() {
          const fit = await fitSymbols(extractor.features, classes, 1);
          await recogniseSymbol(extractor.features, fit.head, query);
          fit.head.dispose();
        },
        dispose: () => extractor.dispose(),
      };
    },
  },
];
