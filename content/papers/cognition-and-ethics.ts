/** Papers first cited by the cognition-and-ethics lecture (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  buolamwini2018: { authors: 'Buolamwini, Gebru', title: 'Gender Shades: Intersectional Accuracy Disparities in Commercial Gender Classification', venue: 'Conference on Fairness, Accountability and Transparency (FAT*), PMLR 81', year: 2018, href: 'https://proceedings.mlr.press/v81/buolamwini18a.html' },
  hardt2016: { authors: 'Hardt, Price, Srebro', title: 'Equality of Opportunity in Supervised Learning', venue: 'NeurIPS', year: 2016, href: 'https://arxiv.org/abs/1610.02413' },
  kleinberg2017: { authors: 'Kleinberg, Mullainathan, Raghavan', title: 'Inherent Trade-Offs in the Fair Determination of Risk Scores', venue: 'ITCS', year: 2017, href: 'https://arxiv.org/abs/1609.05807' },
  chouldechova2017: { authors: 'Chouldechova', title: 'Fair Prediction with Disparate Impact: A Study of Bias in Recidivism Prediction Instruments', venue: 'Big Data 5(2)', year: 2017, href: 'https://arxiv.org/abs/1703.00056' },
  wattenberg2016: { authors: 'Wattenberg, Viégas, Hardt', title: 'Attacking discrimination with smarter machine learning', venue: 'Google Research (interactive essay)', year: 2016, href: 'https://research.google.com/bigpicture/attacking-discrimination-in-ml/' },
  awad2018: { authors: 'Awad, Dsouza, Kim, Schulz, Henrich, Shariff, Bonnefon, Rahwan', title: 'The Moral Machine experiment', venue: 'Nature 563', year: 2018, href: 'https://doi.org/10.1038/s41586-018-0637-6' },
  geirhos2020: { authors: 'Geirhos, Jacobsen, Michaelis, Zemel, Brendel, Bethge, Wichmann', title: 'Shortcut learning in deep neural networks', venue: 'Nature Machine Intelligence 2', year: 2020, href: 'https://doi.org/10.1038/s42256-020-00257-z' },
  lake2017: { authors: 'Lake, Ullman, Tenenbaum, Gershman', title: 'Building machines that learn and think like people', venue: 'Behavioral and Brain Sciences 40', year: 2017, href: 'https://doi.org/10.1017/S0140525X16001837' },
  marcus2018: { authors: 'Marcus', title: 'Deep Learning: A Critical Appraisal', venue: 'arXiv:1801.00631', year: 2018, href: 'https://arxiv.org/abs/1801.00631' },
  hendrycks2019: { authors: 'Hendrycks, Dietterich', title: 'Benchmarking Neural Network Robustness to Common Corruptions and Perturbations', venue: 'ICLR', year: 2019, href: 'https://arxiv.org/abs/1903.12261' },
  bonnefon2016: { authors: 'Bonnefon, Shariff, Rahwan', title: 'The social dilemma of autonomous vehicles', venue: 'Science 352', year: 2016, href: 'https://doi.org/10.1126/science.aaf2654' },
  menon2020: { authors: 'Menon, Damian, Hu, Ravi, Rudin', title: 'PULSE: Self-Supervised Photo Upsampling via Latent Space Exploration of Generative Models', venue: 'CVPR', year: 2020, href: 'https://arxiv.org/abs/2003.03808' },
  zech2018: { authors: 'Zech, Badgeley, Liu, Costa, Titano, Oermann', title: 'Variable generalization performance of a deep learning model to detect pneumonia in chest radiographs: A cross-sectional study', venue: 'PLOS Medicine 15(11)', year: 2018, href: 'https://doi.org/10.1371/journal.pmed.1002683' },
  grother2019: { authors: 'Grother, Ngan, Hanaoka', title: 'Face Recognition Vendor Test (FRVT) Part 3: Demographic Effects', venue: 'NIST Interagency Report 8280', year: 2019, href: 'https://doi.org/10.6028/NIST.IR.8280' },
} satisfies Record<string, Paper>;
