/**
 * train-cnn beside LeCun et al. (Proc. IEEE 1998): LeNet-5's MNIST test error. Loaded with the
 * view, never in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const TRAINCNN_PAPER = withPaper({
  ref: 'lecun1998',
  figure: '99.05%',
  setting: {
    zh: '§III.C 与图 14：LeNet-5（约 6 万个参数），在 60,000 个 MNIST 训练数字上训练 20 轮，10,000 个测试数字上的错误率 0.95%（加上人工形变的训练数据后为 0.8%）',
    en: '§III.C and Figure 14: LeNet-5 (about 60,000 parameters) trained for 20 passes over the 60,000 MNIST training digits: 0.95% error on the 10,000 test digits (0.8% with artificially distorted training data)',
  },
  metric: 'test-acc',
  format: { percent: true },
  pageSetting: {
    zh: '9,226 个参数的小 CNN，8,000 个训练数字，Adam 训练 2 轮（快速模式：2,000 个数字、1 轮），留出的 2,000 个测试数字上的准确率（快速模式 500 个）',
    en: 'a 9,226-parameter CNN, 8,000 training digits, 2 epochs of Adam (quick mode: 2,000 digits, 1 epoch): accuracy on the 2,000 held-out test digits (500 in quick mode)',
  },
  why: {
    zh: '论文的网络大 6 倍、训练数据多 7.5 倍、训练轮数多 10 倍；本页为了在一分钟内于浏览器中训完，只训练两轮，所以准确率约 97% 而不是 99%。',
    en: 'the paper’s network is 6× larger, with 7.5× more training data and 10× more passes; this page trains for two epochs so that it finishes within a minute in a browser, hence about 97% rather than 99%.',
  },
});
