/** The automl demos' parameters: what a link may set (#nas-controller.samples=40). */
import type { ParamSchema } from '@/demos/runtime/schema';

export const NASCONTROLLER_PARAMS = {
  samples: { kind: 'number', label: { zh: '每种方法的子网络数', en: 'children per method' }, default: 30, quick: 12, min: 10, max: 100, step: 2, int: true, main: true },
  proxyDigits: { kind: 'choice', label: { zh: '代理训练数字数', en: 'proxy training digits' }, default: 500, quick: 300, choices: [100, 300, 500, 1000] },
  proxySteps: { kind: 'choice', label: { zh: '代理训练步数', en: 'proxy training steps' }, default: 20, quick: 10, choices: [5, 10, 20, 40] },
  size: { kind: 'choice', label: { zh: '代理图像边长', en: 'proxy image side' }, default: 14, quick: 7, choices: [7, 14] },
  policyLr: { kind: 'choice', label: { zh: '控制器学习率 η', en: 'controller learning rate η' }, default: 3, choices: [0.3, 1, 3, 10] },
} as const satisfies ParamSchema;

export const DARTS_PARAMS = {
  searchSteps: { kind: 'number', label: { zh: '搜索步数', en: 'search steps' }, default: 100, quick: 24, min: 10, max: 600, step: 10, int: true, main: true },
  lrAlpha: { kind: 'choice', label: { zh: 'α 的学习率', en: 'learning rate of α' }, default: 0.05, choices: [0.003, 0.01, 0.05, 0.1] },
  retrainSteps: { kind: 'choice', label: { zh: '重新训练步数', en: 'retraining steps' }, default: 120, quick: 30, choices: [30, 60, 120, 240] },
} as const satisfies ParamSchema;
