/** Papers first cited by the continual-learning lecture (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  mccloskey1989: { authors: 'McCloskey, Cohen', title: 'Catastrophic Interference in Connectionist Networks: The Sequential Learning Problem', venue: 'Psychology of Learning and Motivation, vol. 24', year: 1989, href: 'https://doi.org/10.1016/S0079-7421(08)60536-8' },
  kirkpatrick2017: { authors: 'Kirkpatrick, Pascanu, Rabinowitz, Veness, Desjardins, Rusu, Milan, Quan, Ramalho, Grabska-Barwinska, Hassabis, Clopath, Kumaran, Hadsell', title: 'Overcoming catastrophic forgetting in neural networks', venue: 'PNAS', year: 2017, href: 'https://doi.org/10.1073/pnas.1611835114' },
  li2016lwf: { authors: 'Li, Hoiem', title: 'Learning without Forgetting', venue: 'ECCV (extended in IEEE TPAMI 2017)', year: 2016, href: 'https://arxiv.org/abs/1606.09282' },
  hinton2015: { authors: 'Hinton, Vinyals, Dean', title: 'Distilling the Knowledge in a Neural Network', venue: 'NIPS Deep Learning Workshop', year: 2015, href: 'https://arxiv.org/abs/1503.02531' },
  rebuffi2017: { authors: 'Rebuffi, Kolesnikov, Sperl, Lampert', title: 'iCaRL: Incremental Classifier and Representation Learning', venue: 'CVPR', year: 2017, href: 'https://arxiv.org/abs/1611.07725' },
  dhar2019: { authors: 'Dhar, Singh, Peng, Wu, Chellappa', title: 'Learning without Memorizing', venue: 'CVPR', year: 2019, href: 'https://arxiv.org/abs/1811.08051' },
  vandeven2019: { authors: 'van de Ven, Tolias', title: 'Three scenarios for continual learning', venue: 'NeurIPS Continual Learning Workshop (arXiv:1904.07734)', year: 2019, href: 'https://arxiv.org/abs/1904.07734' },
  schwarz2018: { authors: 'Schwarz, Czarnecki, Luketina, Grabska-Barwinska, Teh, Pascanu, Hadsell', title: 'Progress & Compress: A scalable framework for continual learning', venue: 'ICML', year: 2018, href: 'https://arxiv.org/abs/1805.06370' },
} satisfies Record<string, Paper>;
