import type { Locator } from '@playwright/test';
import { expect, openDemo, runDemo, settle, steadyTensors, test } from './fixtures';

const PAGE = '/en/lectures/few-shot-learning/';
const metric = async (demo: Locator, name: string) => Number(await demo.getAttribute(`data-metric-${name}`));

// ?quick=1 is the documented small workload for tests (UNFOLDING_QUICK in
// demos/fewshot/unfolding.ts): K ∈ {1, 2, 3}, each network trained for 40 Adam steps of 16
// digits drawn from 50 training digits, ISTA's λ searched on those 50 digits and ISTA run to 10
// steps, 100 test digits — instead of K up to 20, 200 steps of 32 from 200 digits, ISTA to 100
// steps, 300 test digits.
// Tiers: the contract test (contract.spec.ts) covers the quick run's metrics and leaks on WASM and
// the hostile links (tests/unit/fewshot-params.test.ts: the values they fall back to). Smoke: the
// effect and the slider on WASM's quick run; the cpu and WebGL runs are full tier.
for (const backend of ['wasm', 'cpu', 'webgl'] as const) {
  const tier = backend === 'wasm' ? '' : ' @full';
  test.describe(`Deep unfolding on ${backend}`, () => {
    test(`the unrolled network beats ISTA at the same small K; the slider moves the shown K${tier}`, async ({ page, watch }) => {
      test.setTimeout(180_000);
      await page.goto(`${PAGE}?backend=${backend}&quick=1`);
      const demo = await openDemo(page, 'unfolding');
      await expect(demo).toHaveAttribute('data-backend', backend);
      await settle(page);
      const start = await steadyTensors(page);
      await runDemo(page, 'unfolding', 150_000);
      for (const K of [1, 2, 3]) {
        const ista = await metric(demo, `psnr-ista-k${K}`);
        const net = await metric(demo, `psnr-unrolled-k${K}`);
        expect(Number.isFinite(ista) && Number.isFinite(net)).toBe(true);
        expect(ista).toBeGreaterThan(10);
        expect(net).toBeGreaterThanOrEqual(ista);
      }
      expect(await metric(demo, 'k')).toBe(3);
      expect(await metric(demo, 'lambda')).toBeGreaterThan(0);
      expect(await metric(demo, 'psnr-unrolled')).toBe(await metric(demo, 'psnr-unrolled-k3'));
      await expect(demo.locator('tr[data-k]')).toHaveCount(3);
      // the slider moves the pictures and the shown-K metrics to K = 1, without a new run
      await demo.locator('[data-control="k"]').fill('0');
      await expect(demo).toHaveAttribute('data-metric-k', '1');
      expect(await metric(demo, 'psnr-unrolled')).toBe(await metric(demo, 'psnr-unrolled-k1'));
      await expect(page).toHaveURL(/unfolding\.k=1/);
      await settle(page);
      expect(await steadyTensors(page)).toBe(start);
      void watch;
    });
  });
}

test('a link’s K between the trained ones snaps to the nearest, and the page says so', async ({ page, watch }) => {
  await page.goto(`${PAGE}?backend=wasm&quick=1#unfolding.k=2.6`);
  const demo = await openDemo(page, 'unfolding');
  await expect(demo.locator('.demo-notice', { hasText: 'K = 2.6' })).toContainText('K = 3');
  await expect(demo.locator('[data-control="k"]')).toHaveAttribute('aria-valuetext', 'K = 3');
  await settle(page);
  void watch;
});
