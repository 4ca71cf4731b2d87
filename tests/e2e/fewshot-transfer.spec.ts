import type { Locator } from '@playwright/test';
import { expect, openDemo, runDemo, settle, steadyTensors, test } from './fixtures';

const PAGE = '/en/lectures/few-shot-learning/';
const metric = async (demo: Locator, name: string) => Number(await demo.getAttribute(`data-metric-${name}`));

// ?quick=1 is the documented small workload for tests (QUICK_WORKLOAD in demos/fewshot/transfer.ts):
// k = 5 examples per class only, one support-set draw, fewer full-batch steps, the first few hundred
// held-out digits 5–9; the full run is k = 1…50, three draws, scored on all ~960 of them.
// What is asserted is what holds on every draw: all three methods learn the new classes far
// above chance (20%). The "frozen beats scratch by ≥ 15 points at k = 5" does NOT hold on
// this data (measured: +0…+9 points over many draws, see the closing note of issue 7), so it is
// not asserted; the page shows the measured gap.
// Tiers: the generated contract test (contract.spec.ts) runs the quick workload on WASM and tries
// hostile links; the smoke test here checks what only a browser shows before any run; the runs
// on the cpu backend (a conv net, slow) and on WebGL are full tier.
test('transfer smoke: the support set on show, and the controls write the link', async ({ page, watch }) => {
  await page.goto(`${PAGE}?backend=wasm&quick=1`);
  const demo = await openDemo(page, 'transfer');
  // k = 5 on show: 5 thumbnails for each of the 5 new classes, before any run
  await expect(demo.locator('.fs-support canvas')).toHaveCount(25);
  await expect(demo.locator('.fs-support-row')).toHaveCount(5);
  await demo.locator('[data-control="steps"]').fill('120');
  await demo.locator('[data-control="draws"]').selectOption('2');
  await expect(page).toHaveURL(/transfer\.steps=120/);
  await expect(page).toHaveURL(/transfer\.draws=2/);
  await settle(page);
  void watch;
});

for (const backend of ['cpu', 'webgl'] as const) {
  test(`transfer on ${backend}: all three ways learn digits 5–9 from 5 examples per class; no leak @full`, async ({ page, watch }) => {
    test.setTimeout(240_000);
    await page.goto(`${PAGE}?backend=${backend}&quick=1`);
    const demo = await openDemo(page, 'transfer');
    await expect(demo).toHaveAttribute('data-backend', backend);
    await settle(page);
    const start = await steadyTensors(page);
    await runDemo(page, 'transfer', 200_000);
    const acc = { frozen: await metric(demo, 'acc-frozen-k5'), finetune: await metric(demo, 'acc-finetune-k5'), scratch: await metric(demo, 'acc-scratch-k5') };
    for (const v of Object.values(acc)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(acc.frozen).toBeGreaterThan(0.5);
    expect(acc.finetune).toBeGreaterThan(0.5);
    expect(acc.scratch).toBeGreaterThan(0.4);
    await expect(demo.locator('.verdict')).toContainText('points');
    expect(await metric(demo, 'test-count')).toBeGreaterThan(0);
    // the support set on show: 5 thumbnails for each of the 5 new classes
    await expect(demo.locator('.fs-support canvas')).toHaveCount(25);
    await expect(demo.locator('tr[data-k="5"] td[data-method="frozen"]')).not.toHaveText('—');
    await settle(page);
    expect(await steadyTensors(page)).toBe(start);
    void watch;
  });
}
