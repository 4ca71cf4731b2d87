import type { Locator } from '@playwright/test';
import { expect, openDemo, runDemo, settle, steadyTensors, test } from './fixtures';

// Smoke tier (WASM, ?quick=1): only what a browser shows. Every demo's quick run, its finite
// metrics, its tensor count over run / stop / reset / run and its hostile links are the generated
// contract test's (contract.spec.ts); the runners' numbers are checked in Node (tests/unit/fed*,
// tests/full/fed*). @full (npm run test:full): the quick runs on software WebGL, and the full
// FedAvg vs FedSGD run on WASM.
// ?quick=1 is the documented small workload (see each view's header and the README): 1,000
// training / 500 test digits, K = 10 clients, one local epoch, 3–5 rounds.
const PAGE = '/en/lectures/federated-learning/';
const metric = async (demo: Locator, name: string) => Number(await demo.getAttribute(`data-metric-${name}`));
const DEMOS = ['fedavg', 'non-iid', 'compression', 'stragglers', 'dp-noise'] as const;

test('non-iid draws every shown client\'s digits, redraws them when α changes, and the link follows', async ({ page, watch }) => {
  await page.goto(`${PAGE}?backend=wasm&quick=1`);
  const demo = await openDemo(page, 'non-iid');
  // ten clients for each of the three splits, before any training
  await expect(demo.locator('.fed-hist')).toHaveCount(30);
  const first = demo.locator('.fed-hist-row').nth(1).locator('.fed-hist').first();
  const counts = async () => ((await first.getAttribute('aria-label')) ?? '').split(': ')[1];
  const before = await counts();
  await demo.locator('[data-control="alpha"]').selectOption('100');
  await expect.poll(counts).not.toBe(before);
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('non-iid.alpha=100');
  void watch;
});

test('a link\'s values show in the controls, snapped to what they offer; stop ends a long run at once', async ({ page, watch }) => {
  // K = 100, C = 1, E = 10: all 100 clients every round, ten local steps each — seconds of work even quick
  await page.goto(`${PAGE}?backend=wasm&quick=1#fedavg.K=100&fedavg.C=1&fedavg.E=10&fedavg.B=inf&stragglers.p=7&stragglers.mu=0.02`);
  const s = await openDemo(page, 'stragglers');
  await expect(s.locator('[data-control="p"]')).toHaveValue('0.95');
  await expect(s.locator('[data-control="mu"]')).toHaveValue('0.01');
  const f = await openDemo(page, 'fedavg');
  await expect(f.locator('[data-control="K"]')).toHaveValue('100');
  await expect(f.locator('[data-control="B"]')).toHaveValue('inf');
  await settle(page);
  const ms = await f.evaluate(async (el) => {
    const e = el as HTMLElement;
    const until = async (ok: () => boolean) => { while (!ok()) await new Promise((r) => setTimeout(r, 20)); };
    e.querySelector<HTMLButtonElement>('[data-action="run"]')!.click();
    await until(() => e.dataset.state === 'running');
    await new Promise((r) => setTimeout(r, 200)); // well inside the first FedAvg round
    const t0 = performance.now();
    e.querySelector<HTMLButtonElement>('[data-action="stop"]')!.click();
    await until(() => e.dataset.state !== 'running');
    return performance.now() - t0;
  });
  await expect(f).toHaveAttribute('data-state', 'idle');
  expect(ms, 'ms from stop to idle').toBeLessThan(2000);
  await settle(page);
  void watch;
});

test('@full every federated-learning demo runs on software WebGL (quick) and leaks nothing', async ({ page, watch }) => {
  test.setTimeout(600_000);
  await page.goto(`${PAGE}?backend=webgl&quick=1`);
  for (const id of DEMOS) {
    const demo = await openDemo(page, id);
    await expect(demo).toHaveAttribute('data-backend', 'webgl');
    await settle(page);
    const start = await steadyTensors(page);
    await runDemo(page, id, 300_000);
    const acc = await metric(demo, 'accuracy');
    expect(acc, `${id} accuracy`).toBeGreaterThan(0.2);
    expect(acc).toBeLessThanOrEqual(1);
    await settle(page);
    expect(await steadyTensors(page), `${id} tensors`).toBe(start);
  }
  // 8-bit uploads are a quarter of dense, top-1% under 3%
  const c = page.locator('[data-demo="compression"]');
  expect(await metric(c, 'bytes-int8')).toBeLessThan(0.26 * await metric(c, 'bytes-dense'));
  expect(await metric(c, 'bytes-topk-1')).toBeLessThan(0.03 * await metric(c, 'bytes-dense'));
  void watch;
});

test('@full FedAvg vs FedSGD, the full run on WASM: FedAvg needs fewer rounds to the target', async ({ page, watch }) => {
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
