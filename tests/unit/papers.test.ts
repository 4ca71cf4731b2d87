/**
 * "Paper vs this page": every demo that reproduces a published effect declares its comparison, and
 * each declaration is complete in both languages and cites a paper the bibliography has. The
 * browser half (the line shows the paper's figure and the page's own metric after a run) is in the
 * generated contract test.
 */
import { describe, expect, it } from 'vitest';
import { DEMOS } from '@/components/demo/registry';
import { pageFigure } from '@/components/demo/paper-figure';
import { isPaperId } from '@/content/bibliography';

// the demos that reproduce a published effect (issue 18's list, and the four that had a line before)
const REPRODUCE = [
  'fgsm', 'fgsm-sweep', 'activation-max', 'cam', 'dissection', 'lrp', 'mc-regression', 'mc-classify',
  'gcn-karate', 'graph-classification', 'gcn-scale', 'fedavg', 'non-iid', 'compression', 'stragglers', 'dp-noise',
  'transfer', 'multi-task', 'matching', 'unfolding',
];

describe('paper figures', () => {
  it('every demo that reproduces a published effect has one', () => {
    expect(REPRODUCE.filter((id) => !DEMOS[id]?.paper)).toEqual([]);
  });

  it.each(Object.values(DEMOS).filter((d) => d.paper).map((d) => [d.id, d] as const))('%s: complete in zh and en, citing a known paper', async (_, d) => {
    const f = await d.paper!();
    expect(isPaperId(f.ref)).toBe(true);
    expect(f.paper.title.length).toBeGreaterThan(0);
    for (const lang of ['zh', 'en'] as const) {
      expect(f.setting[lang].trim().length, `setting.${lang}`).toBeGreaterThan(10);
      expect(f.pageSetting[lang].trim().length, `pageSetting.${lang}`).toBeGreaterThan(10);
      expect(f.why[lang].trim().length, `why.${lang}`).toBeGreaterThan(10);
    }
    expect(f.metric).toMatch(/^[a-z0-9-]+$/);
    // the paper's number is a figure as printed (e.g. 98.1%), never a bare fraction
    if (f.figure !== null) expect(f.figure).toMatch(/\d/);
    expect(pageFigure(f, 0.5)).toMatch(/\d/);
  });

  it('shows the page’s metric as the demo reports it', () => {
    const f = { ref: 'zhou2016', figure: null, setting: { zh: '', en: '' }, metric: 'x', pageSetting: { zh: '', en: '' }, why: { zh: '', en: '' } };
    expect(pageFigure({ ...f, format: { percent: true } }, 0.9)).toBe('90.0%');
    expect(pageFigure({ ...f, format: { digits: 2, unit: ' dB' } }, 21.234)).toBe('21.23 dB');
  });
});
