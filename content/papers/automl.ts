/** Papers first cited by the automl lecture (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  zoph2017: { authors: 'Zoph, Le', title: 'Neural Architecture Search with Reinforcement Learning', venue: 'ICLR', year: 2017, href: 'https://arxiv.org/abs/1611.01578' },
  pham2018: { authors: 'Pham, Guan, Zoph, Le, Dean', title: 'Efficient Neural Architecture Search via Parameter Sharing', venue: 'ICML', year: 2018, href: 'https://arxiv.org/abs/1802.03268' },
  liu2019darts: { authors: 'Liu, Simonyan, Yang', title: 'DARTS: Differentiable Architecture Search', venue: 'ICLR', year: 2019, href: 'https://arxiv.org/abs/1806.09055' },
  real2019: { authors: 'Real, Aggarwal, Huang, Le', title: 'Regularized Evolution for Image Classifier Architecture Search', venue: 'AAAI', year: 2019, href: 'https://arxiv.org/abs/1802.01548' },
  li2019random: { authors: 'Li, Talwalkar', title: 'Random Search and Reproducibility for Neural Architecture Search', venue: 'UAI', year: 2019, href: 'https://arxiv.org/abs/1902.07638' },
  cubuk2019: { authors: 'Cubuk, Zoph, Mané, Vasudevan, Le', title: 'AutoAugment: Learning Augmentation Strategies from Data', venue: 'CVPR', year: 2019, href: 'https://arxiv.org/abs/1805.09501' },
  williams1992: { authors: 'Williams', title: 'Simple Statistical Gradient-Following Algorithms for Connectionist Reinforcement Learning', venue: 'Machine Learning 8', year: 1992, href: 'https://doi.org/10.1007/BF00992696' },
  zela2020: { authors: 'Zela, Elsken, Saikia, Marrakchi, Brox, Hutter', title: 'Understanding and Robustifying Differentiable Architecture Search', venue: 'ICLR', year: 2020, href: 'https://arxiv.org/abs/1909.09656' },
} satisfies Record<string, Paper>;
