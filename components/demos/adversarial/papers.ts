/**
 * The adversarial demos' numbers beside Goodfellow et al.'s (ICLR 2015, §4 and §5): loaded with
 * the views, never in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const FGSM_PAPER = withPaper({
  ref: 'goodfellow2015',
  figure: '97.6%',
  setting: {
    zh: 'MNIST 测试集，maxout 网络，ε = 0.25 的 FGSM 对抗样本被错分时的平均置信度',
    en: 'MNIST test set, maxout network: mean confidence on its misclassified FGSM examples at ε = 0.25',
  },
  metric: 'conf-adv',
  format: { percent: true },
  pageSetting: { zh: '这一个数字、你选的 ε，我们的小型 CNN 对攻击后预测的置信度', en: 'this one digit at your ε: our small CNN’s confidence in its prediction after the attack' },
  why: {
    zh: '论文是整个测试集在 ε = 0.25 时的平均值，网络也不同；这里是一个数字、一个 ε。共同点是：被攻击后模型往往错得很“自信”。',
    en: 'the paper averages over the whole test set at ε = 0.25 with another network; this is one digit at one ε. What they share: after the attack the model is often confidently wrong.',
  },
});

export const SWEEP_PAPER = withPaper({
  ref: 'goodfellow2015',
  figure: '10.6%',
  setting: {
    zh: 'MNIST 测试集，maxout 网络，FGSM ε = 0.25 下的准确率（论文报告错误率 89.4%）',
    en: 'MNIST test set, maxout network: accuracy under FGSM at ε = 0.25 (the paper reports an 89.4% error rate)',
  },
  metric: 'acc-eps25',
  format: { percent: true },
  pageSetting: { zh: '1,000 个留出的测试数字（快速模式 200 个），我们的小型 CNN，ε = 0.25', en: '1,000 held-out test digits (200 in quick mode), our small CNN, ε = 0.25' },
  why: {
    zh: '模型不同（我们的 CNN 在 8,000 个数字上训练，以全局平均池化结尾），测试数字也更少；数字不必相同，但同样会崩溃，而同样大小的随机噪声几乎无害。',
    en: 'a different model (our CNN, trained on 8,000 digits, ends in global average pooling) and fewer test digits; the numbers need not match, but it collapses just the same, while random noise of the same size barely hurts.',
  },
});
