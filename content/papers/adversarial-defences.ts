/** Papers first cited by the adversarial-defences part of the lectures (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  carlini2017magnet: { authors: 'Carlini, Wagner', title: 'MagNet and “Efficient Defenses Against Adversarial Attacks” are Not Robust to Adversarial Examples', venue: 'arXiv:1711.08478', year: 2017, href: 'https://arxiv.org/abs/1711.08478' },
  tramer2020: { authors: 'Tramèr, Carlini, Brendel, Madry', title: 'On Adaptive Attacks to Adversarial Example Defenses', venue: 'NeurIPS', year: 2020, href: 'https://arxiv.org/abs/2002.08347' },
} satisfies Record<string, Paper>;
