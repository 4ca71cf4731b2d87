import type { Locator } from '@playwright/test';
import { expect, openDemo, runDemo, settle, steadyTensors, test } from './fixtures';

const PAGE = '/en/lectures/federated-learning/';
const metric = async (demo: Locator, name: string) => Number(await demo.getAttribute(`data-metric-${name}`));
const DEMOS = ['fedavg', 'non-iid', 'compression', 'stragglers', 'dp-noise'] as const;

// ?quick=1 is the documented small workload for tests (see each view's header and the README):
// 1,000 training / 500 test digits, K = 10 clients, one local epoch, 3–5 rounds.
for (const backend of ['cpu', 'webgl'] as const) {
  test(`every federated-learning demo runs through the contract on ${backend} and leaks nothing`, async ({ page, watch }) => {
    test.setTimeout(600_000);
    await page.goto(`${PAGE}?backend=${backend}&quick=1`);
    for (const id of DEMOS) {
      const demo = await openDemo(page, id);
      await expect(demo).toHaveAttribute('data-backend', backend);
      await settle(page);
      const start = await steadyTensors(page);
      await runDemo(page, id, 300_000);
      const acc = await metric(demo, 'accuracy');
      expect(acc, `${id} accuracy`).toBeGreaterThan(0.2);
      expect(acc).toBeLessThanOrEqual(1);
      await settle(page);
      expect(await steadyTensors(page), `${id} tensors`).toBe(start);
    }
    // the splits: one histogram per shown client and split; 8-bit uploads are a quarter of dense
    await expect(page.locator('[data-demo="non-iid"] .fed-hist')).toHaveCount(30);
    const c = page.locator('[data-demo="compression"]');
    expect(await metric(c, 'bytes-int8')).toBeLessThan(0.26 * await metric(c, 'bytes-dense'));
    expect(await metric(c, 'bytes-topk-1')).toBeLessThan(0.03 * await metric(c, 'bytes-dense'));
    void watch;
  });
}

test('FedAvg vs FedSGD, the full run on WASM: FedAvg needs fewer rounds to the target', async ({ page, watch }) => {
  test.setTimeout(600_000);
  await page.goto(`${PAGE}?backend=wasm`);
  const demo = await openDemo(page, 'fedavg');
  await runDemo(page, 'fedavg', 580_000);
  expect(await metric(demo, 'clients')).toBe(100);
  const a = await metric(demo, 'rounds-fedavg');
  const b = await metric(demo, 'rounds-fedsgd');
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(a);
  expect(await metric(demo, 'rounds-ratio')).toBeCloseTo(b / a, 2);
  await expect(demo.locator('.verdict')).toContainText('fewer rounds');
  void watch;
});

test('a hostile link gets notices, not a crash; stop ends a run at once', async ({ page, watch }) => {
  await page.goto(`${PAGE}?backend=cpu&quick=1#fedavg.K=-5&fedavg.C=abc&stragglers.p=7&dp-noise.S=1e9`);
  const f = await openDemo(page, 'fedavg');
  await expect(f.locator('.demo-notice')).toHaveCount(2);
  await expect(f.locator('[data-control="K"]')).toHaveValue('10');
  const s = await openDemo(page, 'stragglers');
  await expect(s.locator('.demo-notice')).toContainText('7');
  await expect(s.locator('[data-control="p"]')).toHaveValue('0.95');
  await s.locator('[data-action="run"]').click();
  await expect(s).toHaveAttribute('data-state', 'running');
  await s.locator('[data-action="stop"]').click();
  await expect(s).toHaveAttribute('data-state', 'idle', { timeout: 10_000 });
  const d = await openDemo(page, 'dp-noise');
  await expect(d.locator('.demo-notice')).toContainText('1e9');
  await settle(page);
  void watch;
});
