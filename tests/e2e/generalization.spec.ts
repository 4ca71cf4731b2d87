/**
 * The generalization demos' default runs on WASM in the browser (@full: about a minute each):
 * random labels memorised with test accuracy near chance, and the double-descent peak at p ≈ n,
 * with the time to the first result and to the headline logged for the lecture's report.
 */
import { expect, openDemo, settle, test } from './fixtures';

const metric = async (demo: import('@playwright/test').Locator, name: string) => Number(await demo.getAttribute(`data-metric-${name}`));

test('random-labels default run memorises random labels @full', async ({ page, watch }) => {
  void watch;
  test.setTimeout(400_000);
  await page.goto('/en/lectures/generalization-mysteries/?backend=wasm');
  const demo = await openDemo(page, 'random-labels');
  await settle(page);
  await demo.locator('[data-action="run"]').click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 360_000 });
  const m = Object.fromEntries(await Promise.all(['train-acc-random', 'test-acc-random', 'test-acc-true', 'ms-first', 'ms-headline'].map(async (k) => [k, await metric(demo, k)])));
  console.log('random-labels default', JSON.stringify(m));
  expect(m['train-acc-random']).toBeGreaterThanOrEqual(0.95);
  expect(m['test-acc-random']).toBeLessThan(0.2);
});

test('double-descent default run peaks at the interpolation threshold @full', async ({ page, watch }) => {
  void watch;
  test.setTimeout(400_000);
  await page.goto('/en/lectures/generalization-mysteries/?backend=wasm');
  const demo = await openDemo(page, 'double-descent');
  await settle(page);
  await demo.locator('[data-action="run"]').click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 360_000 });
  const m = Object.fromEntries(await Promise.all(['peak-params', 'err-at-peak', 'err-small', 'err-large', 'ms-first', 'ms-headline'].map(async (k) => [k, await metric(demo, k)])));
  console.log('double-descent default', JSON.stringify(m));
  expect(m['err-at-peak']).toBeGreaterThan(m['err-small']);
  expect(m['err-at-peak']).toBeGreaterThan(m['err-large']);
});
