/** Papers first cited by the adversarial-attacks part of the lectures (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  papernot2016transfer: { authors: 'Papernot, McDaniel, Goodfellow', title: 'Transferability in Machine Learning: from Phenomena to Black-Box Attacks using Adversarial Samples', venue: 'arXiv:1605.07277', year: 2016, href: 'https://arxiv.org/abs/1605.07277' },
} satisfies Record<string, Paper>;
