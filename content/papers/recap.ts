/** Papers first cited by the recap lecture (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  lecun1998: { authors: 'LeCun, Bottou, Bengio, Haffner', title: 'Gradient-Based Learning Applied to Document Recognition', venue: 'Proceedings of the IEEE 86(11)', year: 1998, href: 'https://doi.org/10.1109/5.726791' },
  krizhevsky2012: { authors: 'Krizhevsky, Sutskever, Hinton', title: 'ImageNet Classification with Deep Convolutional Neural Networks', venue: 'NeurIPS', year: 2012, href: 'https://papers.nips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html' },
  simonyan2015: { authors: 'Simonyan, Zisserman', title: 'Very Deep Convolutional Networks for Large-Scale Image Recognition', venue: 'ICLR', year: 2015, href: 'https://arxiv.org/abs/1409.1556' },
  szegedy2015: { authors: 'Szegedy, Liu, Jia, Sermanet, Reed, Anguelov, Erhan, Vanhoucke, Rabinovich', title: 'Going Deeper with Convolutions', venue: 'CVPR', year: 2015, href: 'https://arxiv.org/abs/1409.4842' },
  he2016: { authors: 'He, Zhang, Ren, Sun', title: 'Deep Residual Learning for Image Recognition', venue: 'CVPR', year: 2016, href: 'https://arxiv.org/abs/1512.03385' },
  huang2017: { authors: 'Huang, Liu, van der Maaten, Weinberger', title: 'Densely Connected Convolutional Networks', venue: 'CVPR', year: 2017, href: 'https://arxiv.org/abs/1608.06993' },
  howard2017: { authors: 'Howard, Zhu, Chen, Kalenichenko, Wang, Weyand, Andreetto, Adam', title: 'MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications', venue: 'arXiv:1704.04861', year: 2017, href: 'https://arxiv.org/abs/1704.04861' },
  dosovitskiy2021: { authors: 'Dosovitskiy, Beyer, Kolesnikov, Weissenborn, Zhai, Unterthiner, Dehghani, Minderer, Heigold, Gelly, Uszkoreit, Houlsby', title: 'An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale', venue: 'ICLR', year: 2021, href: 'https://arxiv.org/abs/2010.11929' },
  kingma2015: { authors: 'Kingma, Ba', title: 'Adam: A Method for Stochastic Optimization', venue: 'ICLR', year: 2015, href: 'https://arxiv.org/abs/1412.6980' },
  smilkov2017: { authors: 'Smilkov, Carter, Sculley, Viégas, Wattenberg', title: 'Direct-Manipulation Visualization of Deep Networks (TensorFlow Playground)', venue: 'arXiv:1708.03788', year: 2017, href: 'https://arxiv.org/abs/1708.03788' },
  wang2021: { authors: 'Wang, Turko, Shaikh, Park, Das, Hohman, Kahng, Chau', title: 'CNN Explainer: Learning Convolutional Neural Networks with Interactive Visualization', venue: 'IEEE TVCG 27(2)', year: 2021, href: 'https://arxiv.org/abs/2004.15004' },
} satisfies Record<string, Paper>;
