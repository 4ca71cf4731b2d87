/** Papers first cited by the generalization-mysteries lecture (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  zhang2017rethinking: { authors: 'Zhang, Bengio, Hardt, Recht, Vinyals', title: 'Understanding deep learning requires rethinking generalization', venue: 'ICLR', year: 2017, href: 'https://arxiv.org/abs/1611.03530' },
  zhang2021cacm: { authors: 'Zhang, Bengio, Hardt, Recht, Vinyals', title: 'Understanding deep learning (still) requires rethinking generalization', venue: 'Communications of the ACM 64(3)', year: 2021, href: 'https://doi.org/10.1145/3446776' },
  arpit2017: { authors: 'Arpit, Jastrzębski, Ballas, Krueger, Bengio, Kanwal, Maharaj, Fischer, Courville, Bengio, Lacoste-Julien', title: 'A Closer Look at Memorization in Deep Networks', venue: 'ICML', year: 2017, href: 'https://arxiv.org/abs/1706.05394' },
  belkin2019: { authors: 'Belkin, Hsu, Ma, Mandal', title: 'Reconciling modern machine-learning practice and the classical bias–variance trade-off', venue: 'PNAS 116(32)', year: 2019, href: 'https://doi.org/10.1073/pnas.1903070116' },
  nakkiran2020: { authors: 'Nakkiran, Kaplun, Bansal, Yang, Barak, Sutskever', title: 'Deep Double Descent: Where Bigger Models and More Data Hurt', venue: 'ICLR', year: 2020, href: 'https://arxiv.org/abs/1912.02292' },
  frankle2019: { authors: 'Frankle, Carbin', title: 'The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks', venue: 'ICLR', year: 2019, href: 'https://arxiv.org/abs/1803.03635' },
  frankle2020: { authors: 'Frankle, Dziugaite, Roy, Carbin', title: 'Linear Mode Connectivity and the Lottery Ticket Hypothesis', venue: 'ICML', year: 2020, href: 'https://arxiv.org/abs/1912.05671' },
} satisfies Record<string, Paper>;
