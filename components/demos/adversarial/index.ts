/**
 * Adversarial robustness: the topic's demos as the site sees them — id (the MDX's <Demo id>), title in
 * both languages, the space the placeholder keeps, the kernels the backend must have, the
 * parameters a link may set, and the view, loaded only when needed. Plain data: this file is
 * part of a lecture page's first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';
import { KERNEL_NEEDS } from '@/demos/runtime/kernels';

export const topic: Topic = {
  name: 'adversarial',
  lecture: 'adversarial-robustness',
  workloads: () => import('@/demos/adversarial').then((m) => m.workloads),
  demos: [
    {
      id: 'fgsm',
      title: { zh: 'FGSM 对抗攻击实验台', en: 'FGSM playground' },
      height: 620,
      needs: KERNEL_NEEDS.inputGrad,
      params: () => import('./params').then((m) => m.FGSM_PARAMS),
      paper: () => import('./papers').then((m) => m.FGSM_PAPER),
      load: () => import('./FgsmPlayground'),
    },
    {
      id: 'fgsm-sweep',
      title: { zh: '准确率随 ε 的变化', en: 'Accuracy vs ε' },
      height: 520,
      needs: KERNEL_NEEDS.inputGrad,
      params: () => import('./params').then((m) => m.SWEEP_PARAMS),
      paper: () => import('./papers').then((m) => m.SWEEP_PAPER),
      load: () => import('./FgsmSweep'),
    },
    {
      id: 'transfer-attack',
      title: { zh: '黑盒迁移攻击：替代模型上的对抗样本', en: 'Black-box transfer: adversarial examples from a substitute' },
      height: 900,
      needs: KERNEL_NEEDS.inputGrad,
      params: () => import('./transfer-params').then((m) => m.TRANSFER_PARAMS),
      paper: () => import('./papers').then((m) => m.TRANSFER_PAPER),
      load: () => import('./TransferAttack'),
    },
    {
      id: 'pgd',
      title: { zh: 'PGD 攻击与对抗训练', en: 'PGD and adversarial training' },
      height: 680,
      needs: KERNEL_NEEDS.inputGrad,
      params: () => import('./pgd-params').then((m) => m.PGD_PARAMS),
      paper: () => import('./papers').then((m) => m.PGD_PAPER),
      load: () => import('./PgdAttack'),
    },
    {
      id: 'ae-defence',
      title: { zh: '自编码器去噪防御：不知情与自适应的攻击者', en: 'Autoencoder defence: unaware vs adaptive attacker' },
      height: 760,
      needs: KERNEL_NEEDS.inputGrad,
      params: () => import('./defenceParams').then((m) => m.AE_DEFENCE_PARAMS),
      paper: () => import('./papers').then((m) => m.AE_DEFENCE_PAPER),
      load: () => import('./AeDefence'),
    },
    {
      id: 'gen-defence',
      title: { zh: '投影到生成器的值域：Defense-GAN 与 BPDA', en: 'Projection onto a generator’s range: Defense-GAN vs BPDA' },
      height: 820,
      needs: KERNEL_NEEDS.inputGrad,
      params: () => import('./defenceParams').then((m) => m.GEN_DEFENCE_PARAMS),
      paper: () => import('./papers').then((m) => m.GEN_DEFENCE_PAPER),
      load: () => import('./GenDefence'),
    },
  ],
};
