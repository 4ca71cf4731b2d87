/**
 * van de Ven & Tolias (2019), “Three scenarios for continual learning”, Table 4: split MNIST, average
 * test accuracy (%) over all five tasks after the last one, mean of 20 runs; 2 × 400 ReLU MLP,
 * 2,000 Adam iterations per task on the full 60,000 MNIST digits. Their replay rows are generative
 * replay (DGR, DGR + distill) and iCaRL (2,000 stored exemplars); none of them is plain exact replay.
 */
import type { Method } from '@/demos/continual/split-mnist';

type Row = { task: string; class: string };
export const PAPER_TABLE: Record<Method, { zh: Row; en: Row }> = {
  naive: { zh: { task: '87.19', class: '19.90' }, en: { task: '87.19', class: '19.90' } },
  ewc: { zh: { task: '98.64', class: '20.01' }, en: { task: '98.64', class: '20.01' } },
  lwf: { zh: { task: '99.57', class: '23.85' }, en: { task: '99.57', class: '23.85' } },
  replay: {
    zh: { task: '99.50（DGR）', class: '90.79（DGR）；94.57（iCaRL，2,000 个样本）' },
    en: { task: '99.50 (DGR)', class: '90.79 (DGR); 94.57 (iCaRL, 2,000 exemplars)' },
  },
  joint: { zh: { task: '99.66', class: '97.94' }, en: { task: '99.66', class: '97.94' } },
};
