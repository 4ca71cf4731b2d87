/** Papers first cited by the self-supervised-learning lecture (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  gidaris2018: { authors: 'Gidaris, Singh, Komodakis', title: 'Unsupervised Representation Learning by Predicting Image Rotations', venue: 'ICLR', year: 2018, href: 'https://arxiv.org/abs/1803.07728' },
  doersch2015: { authors: 'Doersch, Gupta, Efros', title: 'Unsupervised Visual Representation Learning by Context Prediction', venue: 'ICCV', year: 2015, href: 'https://arxiv.org/abs/1505.05192' },
  pathak2016: { authors: 'Pathak, Krähenbühl, Donahue, Darrell, Efros', title: 'Context Encoders: Feature Learning by Inpainting', venue: 'CVPR', year: 2016, href: 'https://arxiv.org/abs/1604.07379' },
  misra2016: { authors: 'Misra, Zitnick, Hebert', title: 'Shuffle and Learn: Unsupervised Learning using Temporal Order Verification', venue: 'ECCV', year: 2016, href: 'https://arxiv.org/abs/1603.08561' },
  devlin2019: { authors: 'Devlin, Chang, Lee, Toutanova', title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', venue: 'NAACL', year: 2019, href: 'https://arxiv.org/abs/1810.04805' },
  chen2020simclr: { authors: 'Chen, Kornblith, Norouzi, Hinton', title: 'A Simple Framework for Contrastive Learning of Visual Representations', venue: 'ICML', year: 2020, href: 'https://arxiv.org/abs/2002.05709' },
} satisfies Record<string, Paper>;
