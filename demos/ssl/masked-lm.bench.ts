/** masked-lm's bench workload: one default training run on the English corpus. */
import type { BenchWorkload } from '../bench/types';
import { fetchBytes } from '../data/fetch';
import { CORPUS_FILES } from './corpus';
import { createMlm, MLM_DEFAULTS, MLM_QUICK, prepareCorpus, trainMlm } from './masked-lm';

export const maskedLmWorkloads: BenchWorkload[] = [
  {
    id: 'ssl/masked-lm-train',
    demo: 'masked-lm',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? MLM_QUICK : MLM_DEFAULTS;
      const d = prepareCorpus(new TextDecoder().decode(await fetchBytes(CORPUS_FILES.en)), 'en');
      return {
        items: o.steps,
        run: async () => { const m = createMlm(d.vocab.chars.length, { ...o, seed: 1 }); try { await trainMlm(m, d, { ...o, seed: 1 }); } finally { m.dispose(); } },
        dispose: () => {},
      };
    },
  },
];
