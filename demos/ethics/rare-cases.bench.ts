/** rare-cases's bench workloads: the digit CNN over every transform, and the shortcut pair's training. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { loadModel, logitsOf } from '../models/load';
import { evaluateTransforms, RARE_DEFAULTS, RARE_QUICK, TRANSFORMS } from './rare';
import { SHORTCUT_DEFAULTS, SHORTCUT_QUICK, trainShortcut, uploadShortcutData } from './shortcut';

export const rareCasesWorkloads: BenchWorkload[] = [
  {
    id: 'ethics/rare-cases-cnn',
    demo: 'rare-cases',
    unit: 'transform',
    async setup({ quick }) {
      const o = quick ? RARE_QUICK : RARE_DEFAULTS;
      const [model, test] = await Promise.all([loadModel('digit-cnn'), mnistFromSite('test')]);
      const logits = logitsOf(model);
      return {
        items: TRANSFORMS.length,
        run: async () => { await evaluateTransforms(logits, test, { ...o, seed: 1 }); },
        dispose: () => model.dispose(),
      };
    },
  },
  {
    id: 'ethics/rare-cases-shortcut',
    demo: 'rare-cases',
    unit: 'epoch',
    async setup({ quick }) {
      const o = quick ? SHORTCUT_QUICK : SHORTCUT_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = uploadShortcutData(train, test, o.trainDigits, o.testDigits, 0.95, 1);
      return {
        items: o.epochs,
        run: async () => { await trainShortcut(data, { ...o, seed: 1 }); },
        dispose: () => data.dispose(),
      };
    },
  },
];
