import type { Locator } from '@playwright/test';
import { expect, openDemo, runDemo, settle, steadyTensors, test } from './fixtures';

const PAGE = '/en/lectures/few-shot-learning/';
const metric = async (demo: Locator, name: string) => Number(await demo.getAttribute(`data-metric-${name}`));

// ?quick=1 is the documented small workload for tests. Matching: MLP 784→128→64, 60 steps of
// 4 sixteen-way episodes without jitter, 100 fixed 4-way 1-shot test episodes on at most 100
// held-out digits per class 6–9 (full: 784→256→64, 1,000 steps, 300 episodes on all of them).
// Multi-task: n ∈ {100, 300}, one seed, 150 steps, 1,000 test digits (full: n ∈ {100, 300,
// 1,000}, three seeds, 300 steps, all 2,000).
// Tiers: the contract test (contract.spec.ts) covers metrics, leaks and hostile links on WASM;
// smoke: the quick runs' effects, the episode view and the keyboard on WASM (seconds); the same
// on the cpu backend and on WebGL is full tier.
for (const backend of ['wasm', 'cpu', 'webgl'] as const) {
  const tier = backend === 'wasm' ? '' : ' @full';
  test.describe(`Matching networks and multi-task learning on ${backend}`, () => {
    test(`matching: beats raw-pixel NN on unseen digits; an episode with attention that sums to 1; next episode by keyboard${tier}`, async ({ page, watch }) => {
      test.setTimeout(180_000);
      await page.goto(`${PAGE}?backend=${backend}&quick=1`);
      const demo = await openDemo(page, 'matching');
      await expect(demo).toHaveAttribute('data-backend', backend);
      await settle(page);
      const start = await steadyTensors(page);
      await runDemo(page, 'matching', 150_000);
      const m = await metric(demo, 'acc-matching');
      const px = await metric(demo, 'acc-pixel-nn');
      expect(m).toBeGreaterThan(px);
      expect(px).toBeGreaterThan(0.3);
      expect(await metric(demo, 'episodes')).toBe(240);
      expect(await metric(demo, 'acc-feature-nn')).toBeGreaterThan(0.3);
      // 4-way 1-shot: four support digits, four attention bars summing to 1
      const episode = demo.locator('[data-episode]');
      await expect(episode).toHaveAttribute('data-episode', '0');
      await expect(episode.locator('[data-support]')).toHaveCount(4);
      const bars = await episode.locator('[data-attention]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-attention'))));
      expect(bars).toHaveLength(4);
      expect(bars.reduce((s, a) => s + a, 0)).toBeCloseTo(1, 3);
      await expect(episode.locator('[data-prediction]')).toHaveAttribute('data-attention-sum', /^(0\.99|1\.00)/);
      const next = demo.locator('[data-action="next-episode"]');
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(episode).toHaveAttribute('data-episode', '1');
      await settle(page);
      expect(await steadyTensors(page)).toBe(start);
      void watch;
    });

    test(`multi-task: shared and separate nets with the same budget, accuracies in range, a computed verdict${tier}`, async ({ page, watch }) => {
      test.setTimeout(180_000);
      await page.goto(`${PAGE}?backend=${backend}&quick=1`);
      const demo = await openDemo(page, 'multi-task');
      await settle(page);
      const start = await steadyTensors(page);
      await runDemo(page, 'multi-task', 150_000);
      for (const k of ['acc-a-shared', 'acc-a-separate']) {
        expect(await metric(demo, k)).toBeGreaterThan(0.6);
        expect(await metric(demo, k)).toBeLessThanOrEqual(1);
      }
      for (const k of ['acc-b-shared', 'acc-b-separate']) {
        expect(await metric(demo, k)).toBeGreaterThan(0.6);
        expect(await metric(demo, k)).toBeLessThanOrEqual(1);
      }
      const ps = await metric(demo, 'params-shared'), pp = await metric(demo, 'params-separate');
      expect(Math.abs(ps - pp) / ps).toBeLessThan(0.02);
      await expect(demo.locator('tbody tr[data-n]')).toHaveCount(2);
      await expect(demo.locator('[data-summary]')).toContainText('n = 100');
      await settle(page);
      expect(await steadyTensors(page)).toBe(start);
      void watch;
    });
  });
}
