/**
 * Every paper the lectures cite, keyed by id: `<PaperRef id="…" />` in either language's MDX renders
 * one of these, so authors, title, venue, year and link are written once. scripts/check-content.ts
 * fails on an id that is not here.
 */
import { papers as recap } from './papers/recap';
import { papers as continualLearning } from './papers/continual-learning';
import { papers as selfSupervisedLearning } from './papers/self-supervised-learning';
import { papers as generalizationMysteries } from './papers/generalization-mysteries';
import { papers as lightweightNetworks } from './papers/lightweight-networks';
import { papers as spikingNeuralNetworks } from './papers/spiking-neural-networks';
import { papers as cognitionAndEthics } from './papers/cognition-and-ethics';
import { papers as perspectives } from './papers/perspectives';
import { papers as adversarialDefences } from './papers/adversarial-defences';
import { papers as adversarialAttacks } from './papers/adversarial-attacks';
import { papers as automl } from './papers/automl';

export interface Paper {
  authors: string;
  title: string;
  venue: string;
  year: number;
  href?: string;
}

const CORE = {
  adebayo2018: { authors: 'Adebayo, Gilmer, Muelly, Goodfellow, Hardt, Kim', title: 'Sanity Checks for Saliency Maps', venue: 'NeurIPS', year: 2018, href: 'https://arxiv.org/abs/1810.03292' },
  ancona2018: { authors: 'Ancona, Ceolini, Öztireli, Gross', title: 'Towards better understanding of gradient-based attribution methods for Deep Neural Networks', venue: 'ICLR', year: 2018, href: 'https://arxiv.org/abs/1711.06104' },
  athalye2018eot: { authors: 'Athalye, Engstrom, Ilyas, Kwok', title: 'Synthesizing Robust Adversarial Examples', venue: 'ICML', year: 2018, href: 'https://arxiv.org/abs/1707.07397' },
  athalye2018: { authors: 'Athalye, Carlini, Wagner', title: 'Obfuscated Gradients Give a False Sense of Security: Circumventing Defenses to Adversarial Examples', venue: 'ICML', year: 2018, href: 'https://arxiv.org/abs/1802.00420' },
  bach2015: { authors: 'Bach, Binder, Montavon, Klauschen, Müller, Samek', title: 'On Pixel-Wise Explanations for Non-Linear Classifier Decisions by Layer-Wise Relevance Propagation', venue: 'PLOS ONE', year: 2015, href: 'https://doi.org/10.1371/journal.pone.0130140' },
  bau2017: { authors: 'Bau, Zhou, Khosla, Oliva, Torralba', title: 'Network Dissection: Quantifying Interpretability of Deep Visual Representations', venue: 'CVPR', year: 2017, href: 'https://arxiv.org/abs/1704.05796' },
  blundell2015: { authors: 'Blundell, Cornebise, Kavukcuoglu, Wierstra', title: 'Weight Uncertainty in Neural Networks', venue: 'ICML', year: 2015, href: 'https://arxiv.org/abs/1505.05424' },
  carlini2017detect: { authors: 'Carlini, Wagner', title: 'Adversarial Examples Are Not Easily Detected: Bypassing Ten Detection Methods', venue: 'ACM AISec', year: 2017, href: 'https://arxiv.org/abs/1705.07263' },
  carlini2017: { authors: 'Carlini, Wagner', title: 'Towards Evaluating the Robustness of Neural Networks', venue: 'IEEE S&P', year: 2017, href: 'https://arxiv.org/abs/1608.04644' },
  caruana1997: { authors: 'Caruana', title: 'Multitask Learning', venue: 'Machine Learning 28(1)', year: 1997, href: 'https://doi.org/10.1023/A:1007379606734' },
  chen2019: { authors: 'Chen, Liu, Kira, Wang, Huang', title: 'A Closer Look at Few-shot Classification', venue: 'ICLR', year: 2019, href: 'https://arxiv.org/abs/1904.04232' },
  finn2017: { authors: 'Finn, Abbeel, Levine', title: 'Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks', venue: 'ICML', year: 2017, href: 'https://arxiv.org/abs/1703.03400' },
  gal2016: { authors: 'Gal, Ghahramani', title: 'Dropout as a Bayesian Approximation: Representing Model Uncertainty in Deep Learning', venue: 'ICML', year: 2016, href: 'https://arxiv.org/abs/1506.02142' },
  goodfellow2015: { authors: 'Goodfellow, Shlens, Szegedy', title: 'Explaining and Harnessing Adversarial Examples', venue: 'ICLR', year: 2015, href: 'https://arxiv.org/abs/1412.6572' },
  gregor2010: { authors: 'Gregor, LeCun', title: 'Learning Fast Approximations of Sparse Coding', venue: 'ICML', year: 2010, href: 'https://icml.cc/Conferences/2010/papers/449.pdf' },
  hamilton2017: { authors: 'Hamilton, Ying, Leskovec', title: 'Inductive Representation Learning on Large Graphs', venue: 'NeurIPS', year: 2017, href: 'https://arxiv.org/abs/1706.02216' },
  hospedales2021: { authors: 'Hospedales, Antoniou, Micaelli, Storkey', title: 'Meta-Learning in Neural Networks: A Survey', venue: 'IEEE TPAMI', year: 2021, href: 'https://arxiv.org/abs/2004.05439' },
  kendall2017: { authors: 'Kendall, Gal', title: 'What Uncertainties Do We Need in Bayesian Deep Learning for Computer Vision?', venue: 'NeurIPS', year: 2017, href: 'https://arxiv.org/abs/1703.04977' },
  kipf2017: { authors: 'Kipf, Welling', title: 'Semi-Supervised Classification with Graph Convolutional Networks', venue: 'ICLR', year: 2017, href: 'https://arxiv.org/abs/1609.02907' },
  konecny2016: { authors: 'Konečný, McMahan, Yu, Richtárik, Suresh, Bacon', title: 'Federated Learning: Strategies for Improving Communication Efficiency', venue: 'NIPS Workshop on Private Multi-Party Machine Learning', year: 2016, href: 'https://arxiv.org/abs/1610.05492' },
  kurakin2017: { authors: 'Kurakin, Goodfellow, Bengio', title: 'Adversarial examples in the physical world', venue: 'ICLR Workshop', year: 2017, href: 'https://arxiv.org/abs/1607.02533' },
  lakshminarayanan2017: { authors: 'Lakshminarayanan, Pritzel, Blundell', title: 'Simple and Scalable Predictive Uncertainty Estimation using Deep Ensembles', venue: 'NeurIPS', year: 2017, href: 'https://arxiv.org/abs/1612.01474' },
  lapuschkin2019: { authors: 'Lapuschkin, Wäldchen, Binder, Montavon, Samek, Müller', title: 'Unmasking Clever Hans predictors and assessing what machines really learn', venue: 'Nature Communications', year: 2019, href: 'https://doi.org/10.1038/s41467-019-08987-4' },
  liu2019: { authors: 'Liu, Chen, Wang, Yin', title: 'ALISTA: Analytic Weights Are As Good As Learned Weights in LISTA', venue: 'ICLR', year: 2019, href: 'https://openreview.net/forum?id=B1lnzn0ctQ' },
  li2020: { authors: 'Li, Sahu, Talwalkar, Smith', title: 'Federated Learning: Challenges, Methods, and Future Directions', venue: 'IEEE Signal Processing Magazine', year: 2020, href: 'https://arxiv.org/abs/1908.07873' },
  li2020b: { authors: 'Li, Sahu, Zaheer, Sanjabi, Talwalkar, Smith', title: 'Federated Optimization in Heterogeneous Networks', venue: 'MLSys', year: 2020, href: 'https://arxiv.org/abs/1812.06127' },
  lin2018: { authors: 'Lin, Han, Mao, Wang, Dally', title: 'Deep Gradient Compression: Reducing the Communication Bandwidth for Distributed Training', venue: 'ICLR', year: 2018, href: 'https://arxiv.org/abs/1712.01887' },
  madry2018: { authors: 'Madry, Makelov, Schmidt, Tsipras, Vladu', title: 'Towards Deep Learning Models Resistant to Adversarial Attacks', venue: 'ICLR', year: 2018, href: 'https://arxiv.org/abs/1706.06083' },
  mcmahan2017: { authors: 'McMahan, Moore, Ramage, Hampson, Agüera y Arcas', title: 'Communication-Efficient Learning of Deep Networks from Decentralized Data', venue: 'AISTATS', year: 2017, href: 'https://arxiv.org/abs/1602.05629' },
  mcmahan2018: { authors: 'McMahan, Ramage, Talwar, Zhang', title: 'Learning Differentially Private Recurrent Language Models', venue: 'ICLR', year: 2018, href: 'https://arxiv.org/abs/1710.06963' },
  meng2017: { authors: 'Meng, Chen', title: 'MagNet: a Two-Pronged Defense against Adversarial Examples', venue: 'ACM CCS', year: 2017, href: 'https://arxiv.org/abs/1705.09064' },
  monga2021: { authors: 'Monga, Li, Eldar', title: 'Algorithm Unrolling: Interpretable, Efficient Deep Learning for Signal and Image Processing', venue: 'IEEE Signal Processing Magazine', year: 2021, href: 'https://arxiv.org/abs/1912.10557' },
  olah2017: { authors: 'Olah, Mordvintsev, Schubert', title: 'Feature Visualization', venue: 'Distill', year: 2017, href: 'https://distill.pub/2017/feature-visualization/' },
  papernot2016: { authors: 'Papernot, McDaniel, Wu, Jha, Swami', title: 'Distillation as a Defense to Adversarial Perturbations against Deep Neural Networks', venue: 'IEEE S&P', year: 2016, href: 'https://arxiv.org/abs/1511.04508' },
  papernot2017: { authors: 'Papernot, McDaniel, Goodfellow, Jha, Celik, Swami', title: 'Practical Black-Box Attacks against Machine Learning', venue: 'ASIA CCS', year: 2017, href: 'https://arxiv.org/abs/1602.02697' },
  samangouei2018: { authors: 'Samangouei, Kabkab, Chellappa', title: 'Defense-GAN: Protecting Classifiers Against Adversarial Attacks Using Generative Models', venue: 'ICLR', year: 2018, href: 'https://arxiv.org/abs/1805.06605' },
  selvaraju2017: { authors: 'Selvaraju, Cogswell, Das, Vedantam, Parikh, Batra', title: 'Grad-CAM: Visual Explanations from Deep Networks via Gradient-based Localization', venue: 'ICCV', year: 2017, href: 'https://arxiv.org/abs/1610.02391' },
  simonyan2014: { authors: 'Simonyan, Vedaldi, Zisserman', title: 'Deep Inside Convolutional Networks: Visualising Image Classification Models and Saliency Maps', venue: 'ICLR Workshop', year: 2014, href: 'https://arxiv.org/abs/1312.6034' },
  snell2017: { authors: 'Snell, Swersky, Zemel', title: 'Prototypical Networks for Few-shot Learning', venue: 'NIPS', year: 2017, href: 'https://arxiv.org/abs/1703.05175' },
  szegedy2014: { authors: 'Szegedy, Zaremba, Sutskever, Bruna, Erhan, Goodfellow, Fergus', title: 'Intriguing properties of neural networks', venue: 'ICLR', year: 2014, href: 'https://arxiv.org/abs/1312.6199' },
  tian2020: { authors: 'Tian, Wang, Krishnan, Tenenbaum, Isola', title: 'Rethinking Few-Shot Image Classification: a Good Embedding Is All You Need?', venue: 'ECCV', year: 2020, href: 'https://arxiv.org/abs/2003.11539' },
  vinyals2016: { authors: 'Vinyals, Blundell, Lillicrap, Kavukcuoglu, Wierstra', title: 'Matching Networks for One Shot Learning', venue: 'NIPS', year: 2016, href: 'https://arxiv.org/abs/1606.04080' },
  xie2019: { authors: 'Xie, Zhou, Zhao, Meng, Zuo, Xu', title: 'Multispectral and Hyperspectral Image Fusion by MS/HS Fusion Net', venue: 'CVPR', year: 2019, href: 'https://arxiv.org/abs/1901.03281' },
  xu2019: { authors: 'Xu, Hu, Leskovec, Jegelka', title: 'How Powerful are Graph Neural Networks?', venue: 'ICLR', year: 2019, href: 'https://arxiv.org/abs/1810.00826' },
  ying2018: { authors: 'Ying, You, Morris, Ren, Hamilton, Leskovec', title: 'Hierarchical Graph Representation Learning with Differentiable Pooling', venue: 'NeurIPS', year: 2018, href: 'https://arxiv.org/abs/1806.08804' },
  yosinski2014: { authors: 'Yosinski, Clune, Bengio, Lipson', title: 'How transferable are features in deep neural networks?', venue: 'NIPS', year: 2014, href: 'https://arxiv.org/abs/1411.1792' },
  yosinski2015: { authors: 'Yosinski, Clune, Nguyen, Fuchs, Lipson', title: 'Understanding Neural Networks Through Deep Visualization', venue: 'ICML Deep Learning Workshop', year: 2015, href: 'https://arxiv.org/abs/1506.06579' },
  zachary1977: { authors: 'Zachary', title: 'An Information Flow Model for Conflict and Fission in Small Groups', venue: 'Journal of Anthropological Research', year: 1977 },
  zeiler2014: { authors: 'Zeiler, Fergus', title: 'Visualizing and Understanding Convolutional Networks', venue: 'ECCV', year: 2014, href: 'https://arxiv.org/abs/1311.2901' },
  zhou2016: { authors: 'Zhou, Khosla, Lapedriza, Oliva, Torralba', title: 'Learning Deep Features for Discriminative Localization', venue: 'CVPR', year: 2016, href: 'https://arxiv.org/abs/1512.04150' },
  zhu2019: { authors: 'Zhu, Liu, Han', title: 'Deep Leakage from Gradients', venue: 'NeurIPS', year: 2019, href: 'https://arxiv.org/abs/1906.08935' },
} satisfies Record<string, Paper>;

/** one id space: a lecture's own papers live in content/papers/<slug>.ts, the first six lectures' here */
export const PAPERS = { ...CORE, ...recap, ...continualLearning, ...selfSupervisedLearning, ...generalizationMysteries, ...lightweightNetworks, ...spikingNeuralNetworks, ...cognitionAndEthics, ...perspectives, ...automl, ...adversarialAttacks, ...adversarialDefences };

export type PaperId = keyof typeof PAPERS;
export const isPaperId = (id: string): id is PaperId => Object.hasOwn(PAPERS, id);
