/** Papers first cited by the lightweight-networks lecture (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  sandler2018: { authors: 'Sandler, Howard, Zhu, Zhmoginov, Chen', title: 'MobileNetV2: Inverted Residuals and Linear Bottlenecks', venue: 'CVPR', year: 2018, href: 'https://arxiv.org/abs/1801.04381' },
  zhang2018shufflenet: { authors: 'Zhang, Zhou, Lin, Sun', title: 'ShuffleNet: An Extremely Efficient Convolutional Neural Network for Mobile Devices', venue: 'CVPR', year: 2018, href: 'https://arxiv.org/abs/1707.01083' },
  han2016: { authors: 'Han, Mao, Dally', title: 'Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization and Huffman Coding', venue: 'ICLR', year: 2016, href: 'https://arxiv.org/abs/1510.00149' },
  jacob2018: { authors: 'Jacob, Kligys, Chen, Zhu, Tang, Howard, Adam, Kalenichenko', title: 'Quantization and Training of Neural Networks for Efficient Integer-Arithmetic-Only Inference', venue: 'CVPR', year: 2018, href: 'https://arxiv.org/abs/1712.05877' },
  tan2019: { authors: 'Tan, Le', title: 'EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks', venue: 'ICML', year: 2019, href: 'https://arxiv.org/abs/1905.11946' },
  chollet2017: { authors: 'Chollet', title: 'Xception: Deep Learning with Depthwise Separable Convolutions', venue: 'CVPR', year: 2017, href: 'https://arxiv.org/abs/1610.02357' },
  zhu2018prune: { authors: 'Zhu, Gupta', title: 'To prune, or not to prune: exploring the efficacy of pruning for model compression', venue: 'ICLR Workshop', year: 2018, href: 'https://arxiv.org/abs/1710.01878' },
  han2015: { authors: 'Han, Pool, Tran, Dally', title: 'Learning both Weights and Connections for Efficient Neural Networks', venue: 'NeurIPS', year: 2015, href: 'https://arxiv.org/abs/1506.02626' },
} satisfies Record<string, Paper>;
